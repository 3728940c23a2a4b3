package org.tidings.content;

import java.time.Instant;

/**
 * One post as stored. {@code publishedAt} orders posts and builds their URL; when
 * {@code dateUnknown} is set it is only the import time and is never shown to readers.
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
        String lang) {
}
