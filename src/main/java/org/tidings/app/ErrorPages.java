package org.tidings.app;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.tidings.site.NotFoundView;
import org.tidings.site.OldLinks;
import org.tidings.site.PageMeta;
import org.tidings.site.ServerErrorView;
import org.tidings.site.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The 404 page (after old addresses, which answer 301) and a 500 page that shows no internals. */
final class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final OldLinks oldLinks;
    private final Site site;
    private final Templates templates;
    private final boolean logClientAddresses;

    ErrorPages(OldLinks oldLinks, Site site, Templates templates, boolean logClientAddresses) {
        this.oldLinks = oldLinks;
        this.site = site;
        this.templates = templates;
        this.logClientAddresses = logClientAddresses;
    }

    void notFound(Context ctx) {
        var target = oldLinks.target(ctx);
        if (target.isPresent()) {
            SafeRedirect.to(ctx, target.get(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        PageMeta meta = new PageMeta("Page not found – " + site.title(),
                "There is no page at this address on " + site.title() + ".", site.absolute("/"), site);
        ctx.status(HttpStatus.NOT_FOUND).html(templates.render("site/not-found.jte", new NotFoundView(meta)));
    }

    /** A page in the site's layout, or plain text if even that cannot be drawn; never the exception itself. */
    void serverError(Exception e, Context ctx) {
        // The path without its query, which may hold what a reader searched for or a token.
        if (logClientAddresses) {
            log.error("{} {} from {} failed", ctx.method(), ctx.path(), ctx.ip(), e);
        } else {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
        }
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).header("Cache-Control", "no-store");
        try {
            PageMeta meta = new PageMeta("Something went wrong – " + site.title(),
                    "This page could not be shown because of a fault on our side.", site.absolute("/"), site);
            ctx.html(templates.render("site/server-error.jte", new ServerErrorView(meta)));
        } catch (RuntimeException renderingFailed) {
            ctx.contentType("text/plain; charset=utf-8")
                    .result("Something went wrong on our side. Please try again later.");
        }
    }
}
