package org.tidings.feeds;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.tidings.site.Archives;
import org.tidings.site.FeedFormat;
import org.tidings.site.Listing;
import org.tidings.site.ListingHandler;
import org.tidings.site.ListingKind;

/** {@code .../feed/}, {@code .../feed/atom/}, {@code .../feed/json/}: a listing's feed; 404 for an unknown slug. */
public final class FeedPage implements Handler {
    private final ListingKind kind;
    private final Archives archives;
    private final Feeds feeds;
    private final FeedFormat format;

    /** A feed in {@code format} of the archive of {@code kind} the request names, as its page finds it. */
    public FeedPage(ListingKind kind, Archives archives, Feeds feeds, FeedFormat format) {
        if (!kind.hasFeeds()) {
            throw new IllegalArgumentException(kind + " archives have no feeds");
        }
        this.kind = kind;
        this.archives = archives;
        this.feeds = feeds;
        this.format = format;
    }

    @Override
    public void handle(Context ctx) {
        Listing listing = archives.find(kind, ListingHandler.key(kind, ctx)).orElseThrow(NotFoundResponse::new);
        Feed feed = feeds.of(listing, format);
        String body = switch (format) {
            case RSS -> RssWriter.write(feed);
            case ATOM -> AtomWriter.write(feed);
            case JSON -> JsonFeedWriter.write(feed);
        };
        ctx.contentType(format.contentType()).result(body);
    }
}
