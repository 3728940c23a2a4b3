package org.tidings.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One post as feeds carry it. {@code id} never changes when the post is edited; every URL is
 * absolute; {@code contentHtml} ends with the source line; {@code authorName}, {@code authorUrl}
 * and {@code originalUrl} (the excerpted article) are null when unknown; {@code image} is the
 * post's featured image, null when it has none.
 */
public record FeedItem(
        String id,
        String url,
        String title,
        String summary,
        String contentHtml,
        Instant published,
        Instant updated,
        String authorName,
        String authorUrl,
        String originalUrl,
        List<String> categories,
        FeedImage image) {
}
