package org.tidings.feeds;

import java.time.Instant;
import java.util.List;
import org.tidings.site.FeedFormat;
import org.tidings.site.Site;
import org.tidings.site.Urls;
import org.tidings.store.PostStore;

/** Builds a listing's feed from the same query its page uses: the newest posts, in full. */
public final class Feeds {
    /** How many posts a feed carries. */
    public static final int SIZE = 20;
    private final PostStore posts;
    private final Site site;
    private final FeedItems items;

    public Feeds(PostStore posts, Site site) {
        this.posts = posts;
        this.site = site;
        this.items = new FeedItems(site);
    }

    public Feed of(FeedScope scope, FeedFormat format) {
        List<FeedItem> newest = posts.newest(scope.filter(), SIZE, 0).stream().map(items::of).toList();
        // An empty feed has no change to tell of; the epoch keeps its bytes (and so its ETag) stable.
        Instant updated = newest.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new Feed(scope, site.absolute(scope.basePath()), site.absolute(Urls.feed(scope.basePath(), format)),
                updated, site.title(), site.absolute("/"), newest);
    }
}
