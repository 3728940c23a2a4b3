package org.tidings.curation;

import java.time.Instant;

/** An item about to be stored: what {@link Curation#saveFetched} makes of a parsed item. */
public record NewFeedItem(long feedId, long sourceId, String url, String guid, String title, String summaryHtml,
        String contentHtml, String author, Instant publishedAt, String lang, Instant fetchedAt) {
}
