package org.tidings.content;

import java.util.Locale;

/** Where a post stands in its life: only {@link #PUBLISHED} posts are public. */
public enum PostStatus {
    DRAFT, PENDING, SCHEDULED, PUBLISHED;

    /** The value stored in the database. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PostStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
