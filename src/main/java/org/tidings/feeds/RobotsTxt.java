package org.tidings.feeds;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.tidings.site.Site;
import org.tidings.site.Urls;

/**
 * {@code /robots.txt}: crawlers may read everything public, not the admin or search results
 * (addresses with a query after /search/; the empty search form may be crawled); where the sitemap is.
 */
public final class RobotsTxt implements Handler {
    private final String text;

    public RobotsTxt(Site site) {
        this.text = """
                User-agent: *
                Disallow: /admin/
                Disallow: /search/?
                Allow: /

                Sitemap: %s
                """.formatted(site.absolute(Urls.sitemap()));
    }

    @Override
    public void handle(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result(text);
    }
}
