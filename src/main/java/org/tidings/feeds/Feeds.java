package org.tidings.feeds;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.tidings.site.FeedFormat;
import org.tidings.content.ChangeKind;
import org.tidings.site.Listing;
import org.tidings.site.Site;
import org.tidings.site.Urls;
import org.tidings.store.PostStore;
import org.tidings.store.Stores;

/** Builds a listing's feed from the same query its page uses: the newest posts, in full. */
public final class Feeds {
    /** How many posts a feed carries. */
    public static final int SIZE = 20;
    private final PostStore posts;
    private final Site site;
    private final FeedItems items;

    public Feeds(Stores stores, Site site) {
        this.posts = stores.posts();
        this.site = site;
        this.items = new FeedItems(site, idAuthority(stores, site), stores.media());
    }

    /**
     * The host name in item ids: the site's first public host name, kept in the setting
     * {@code feeds.id-host}, so that ids stay the same on a mirror or after a move to a new
     * domain. Local addresses (an IP address, {@code localhost}) are used but not kept.
     */
    private static String idAuthority(Stores stores, Site site) {
        return stores.settings().value("feeds.id-host").orElseGet(() -> {
            String host = URI.create(site.baseUrl()).getHost();
            // A tag: URI (RFC 4151) needs a DNS name; a bare IPv6 address is not one.
            if (host == null || !host.matches("[A-Za-z0-9.-]+")) {
                return "localhost";
            }
            if (host.matches(".*[A-Za-z].*") && host.contains(".")) {
                stores.database().write(changes -> {
                    stores.settings().put("feeds.id-host", host);
                    changes.touched(ChangeKind.SETTINGS);
                });
            }
            return host;
        });
    }

    /** The feed of {@code listing}, one with feeds of its own or the home page, in {@code format}. */
    public Feed of(Listing listing, FeedFormat format) {
        List<FeedItem> newest = posts.newest(listing.filter(), SIZE, 0).stream().map(items::of).toList();
        // An empty feed has no change to tell of; the epoch keeps its bytes (and so its ETag) stable.
        Instant updated = newest.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new Feed(listing, site.absolute(listing.basePath()),
                site.absolute(Urls.feed(listing.basePath(), format)),
                updated, site.title(), site.absolute("/"), newest);
    }
}
