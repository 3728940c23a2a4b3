package org.tidings.feeds;

import java.time.Instant;
import java.util.List;
import org.tidings.site.Listing;

/**
 * A feed ready to write: its listing, absolute URLs of the listing's page and of the feed
 * itself, when it last changed, the site's name and home page as publisher, and its newest posts.
 */
public record Feed(Listing listing, String pageUrl, String feedUrl, Instant updated, String publisher,
        String publisherUrl, List<FeedItem> items) {
}
