package org.tidings.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an account may do in the admin; each role includes every lower one. */
public enum Role {
    /** Writes own drafts and submits them for review. */
    CONTRIBUTOR,
    /** Also edits and publishes anyone's posts and manages categories, tags, outlets and authors. */
    EDITOR,
    /** Also manages users and settings. */
    ADMIN;

    public boolean atLeast(Role minimum) {
        return compareTo(minimum) >= 0;
    }

    /** The value stored in the database and typed on the command line. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role stored as {@code value}; an unknown one means the database was changed behind our back. */
    public static Role parse(String value) {
        return byName(value).orElseThrow(() -> new TidingsException("unknown role '" + value + "' in the database"));
    }

    /** The role named {@code value} (any case), if there is one. */
    public static Optional<Role> byName(String value) {
        return Arrays.stream(values()).filter(role -> role.db().equalsIgnoreCase(value.strip())).findFirst();
    }
}
