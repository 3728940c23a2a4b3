package org.tidings.curation;

import java.time.Instant;

/**
 * An item of the inbox: one article of an outlet ({@code outlet} is its name). {@code url} is the
 * canonical URL (or the feed's guid when it gave no link); both HTML parts passed the sanitizer
 * with their images made into links. {@code storyId} is shared by the items of one story;
 * {@code postId} is the post made from it, if any. Author, language, feed, story and post may be null.
 */
public record FeedItem(long id, Long feedId, long sourceId, String outlet, String url, String guid, String title,
        String summaryHtml, String contentHtml, String author, Instant publishedAt, String lang, ItemState state,
        Long storyId, Long postId, Instant fetchedAt, boolean flagged) {
}
