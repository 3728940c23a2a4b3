package org.tidings.content;

import java.time.Instant;
import java.util.List;

/**
 * What it takes to create a post. Names (author, source, categories, tags) are found or
 * created by name; {@code importKey} makes repeated imports add nothing.
 */
public record NewPost(
        String title,
        String bodyHtml,
        String excerpt,
        PostStatus status,
        Instant publishedAt,
        boolean dateUnknown,
        String authorName,
        String sourceName,
        String sourceUrl,
        List<String> categoryNames,
        List<String> tagNames,
        String importKey) {
}
