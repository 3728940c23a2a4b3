package org.tidings.feeds;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import java.util.function.Function;
import org.tidings.site.FeedFormat;

/** {@code .../feed/}, {@code .../feed/atom/}, {@code .../feed/json/}: a listing's feed; 404 for an unknown slug. */
public final class FeedPage implements Handler {
    private final Function<Context, Optional<FeedScope>> scope;
    private final Feeds feeds;
    private final FeedFormat format;

    /** A feed in {@code format} of the listing {@code scope} finds from the request. */
    public FeedPage(Function<Context, Optional<FeedScope>> scope, Feeds feeds, FeedFormat format) {
        this.scope = scope;
        this.feeds = feeds;
        this.format = format;
    }

    @Override
    public void handle(Context ctx) {
        Feed feed = feeds.of(scope.apply(ctx).orElseThrow(NotFoundResponse::new), format);
        String body = switch (format) {
            case RSS -> RssWriter.write(feed);
            case ATOM -> AtomWriter.write(feed);
            case JSON -> JsonFeedWriter.write(feed);
        };
        ctx.contentType(format.contentType()).result(body);
    }
}
