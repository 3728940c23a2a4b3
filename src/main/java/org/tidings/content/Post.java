package org.tidings.content;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One post as stored. {@code publishedAt} orders posts and dates them; when {@code dateUnknown}
 * is set it is only the import time and is never shown to readers. {@code pathDate} is the date of
 * its address as fixed at its first publication (see {@link AddressDate}; null before it).
 * {@code lang} is the language of its text (a tag such as "ko"), null when not known.
 */
public record Post(
        long id,
        String title,
        String slug,
        String bodyHtml,
        String excerpt,
        PostStatus status,
        Instant publishedAt,
        boolean dateUnknown,
        Instant createdAt,
        Instant updatedAt,
        Long authorId,
        Long sourceId,
        String sourceUrl,
        String pathDate,
        String lang) {

    /** The date part of its address: the fixed one, or before its first publication the one it would get now. */
    public AddressDate addressDate(ZoneId zone) {
        return AddressDate.of(pathDate, publishedAt != null ? publishedAt : createdAt, dateUnknown, zone);
    }
}
