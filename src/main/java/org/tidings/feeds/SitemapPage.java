package org.tidings.feeds;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** {@code /sitemap.xml} and the parts {@code /sitemap-N.xml} it points to when the site outgrows one file. */
public final class SitemapPage {
    private static final String CONTENT_TYPE = "application/xml; charset=utf-8";
    private final Sitemap sitemap;

    public SitemapPage(Sitemap sitemap) {
        this.sitemap = sitemap;
    }

    public void document(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(sitemap.document());
    }

    public void part(Context ctx) {
        String raw = ctx.pathParam("part");
        if (!raw.matches("[1-9][0-9]{0,5}")) {
            throw new NotFoundResponse();
        }
        ctx.contentType(CONTENT_TYPE).result(sitemap.part(Integer.parseInt(raw)).orElseThrow(NotFoundResponse::new));
    }
}
