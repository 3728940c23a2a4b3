package org.tidings.curation.feed;

import java.util.List;

/**
 * A feed as read: its title and site (either may be null), its items in feed order, and the
 * minutes it asks readers to wait between fetches (RSS ttl or the syndication module), or null.
 */
public record ParsedFeed(String title, String siteUrl, List<ParsedItem> items, Integer ttlMinutes) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
