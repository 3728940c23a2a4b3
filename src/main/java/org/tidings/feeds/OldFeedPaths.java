package org.tidings.feeds;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.tidings.app.SafeRedirect;

/**
 * WordPress's other names for its RSS feed ({@code feed/rss2/}, {@code feed/rss/}, {@code feed/rdf/}):
 * readers subscribed to a site we imported keep getting posts, through a 301 to {@code feed/}.
 */
public final class OldFeedPaths implements Handler {
    /** The path endings WordPress also answered with a feed. */
    public static final List<String> ENDINGS = List.of("feed/rss2/", "feed/rss/", "feed/rdf/");

    @Override
    public void handle(Context ctx) {
        String path = ctx.path();
        String ending = ENDINGS.stream().filter(path::endsWith).findFirst().orElseThrow();
        String feed = path.substring(0, path.length() - ending.length()) + "feed/";
        SafeRedirect.to(ctx, feed, HttpStatus.MOVED_PERMANENTLY);
    }
}
