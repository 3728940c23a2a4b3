package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.tidings.app.SafeRedirect;

/**
 * One page of an archive of one kind, at its path and at {@code page/N/} below it: 404 for an
 * unknown archive or a page past the last, 301 from {@code page/1/} to the archive itself.
 */
public final class ListingHandler implements Handler {
    private final ListingKind kind;
    private final Archives archives;
    private final ListingPages pages;
    private final ListingHtml html;
    private final Site site;
    private final Breadcrumbs breadcrumbs;

    public ListingHandler(ListingKind kind, Archives archives, ListingPages pages, ListingHtml html, Site site,
            Breadcrumbs breadcrumbs) {
        this.kind = kind;
        this.archives = archives;
        this.pages = pages;
        this.html = html;
        this.site = site;
        this.breadcrumbs = breadcrumbs;
    }

    @Override
    public void handle(Context ctx) {
        String key = key(kind, ctx);
        Listing listing = archives.find(kind, key).orElseThrow(NotFoundResponse::new);
        String number = ctx.pathParamMap().get("page");
        if (number != null && !number.matches("[1-9][0-9]{0,6}")) {
            throw new NotFoundResponse();
        }
        if ("1".equals(number)) {
            SafeRedirect.to(ctx, listing.basePath(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        ListingPage page = pages.page(listing, number == null ? 1 : Integer.parseInt(number))
                .orElseThrow(NotFoundResponse::new);
        ctx.html(html.render(page, site, breadcrumbs.toListing(kind, key)));
    }

    /** The archive a request names, as {@link Archives#find} takes it, from the route's path parameters. */
    public static String key(ListingKind kind, Context ctx) {
        return switch (kind) {
            case HOME -> "";
            case YEAR -> ctx.pathParam("year");
            case MONTH -> ctx.pathParam("year") + "/" + ctx.pathParam("month");
            case DAY -> ctx.pathParam("year") + "/" + ctx.pathParam("month") + "/" + ctx.pathParam("day");
            case CATEGORY, TAG, AUTHOR, SOURCE -> ctx.pathParam("slug");
        };
    }
}
