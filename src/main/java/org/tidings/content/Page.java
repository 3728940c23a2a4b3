package org.tidings.content;

import java.time.Instant;

/**
 * A simple page (About, Contact...) as stored: public at {@code /slug/} once published. {@code lang}
 * is its language tag ("ko", "en"...), null when not known (the site's language then).
 */
public record Page(
        long id,
        String title,
        String slug,
        String bodyHtml,
        String bodyMarkdown,
        boolean published,
        Long parentId,
        int menuOrder,
        boolean inMenu,
        Instant createdAt,
        Instant updatedAt,
        String lang) {
}
