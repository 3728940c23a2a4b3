package org.tidings.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.tidings.content.Post;
import org.tidings.content.Taxonomy;

/** The one place that builds public paths; every path ends in a slash, as WordPress's do. */
public final class Urls {
    private Urls() {
    }

    /** {@code /YYYY/MM/DD/slug/} from the post's publication date in the site's zone. */
    public static String post(Post post, ZoneId zone) {
        return post(post.slug(), post.publishedAt() != null ? post.publishedAt() : post.createdAt(), zone);
    }

    /** {@code /YYYY/MM/DD/slug/} for a post published at {@code when}. */
    public static String post(String slug, Instant when, ZoneId zone) {
        LocalDate date = when.atZone(zone).toLocalDate();
        return String.format("/%04d/%02d/%02d/%s/", date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                segment(slug));
    }

    /** A simple page's own address, whatever its parent: {@code /slug/}. */
    public static String simplePage(String slug) {
        return "/" + segment(slug) + "/";
    }

    public static String category(String slug) {
        return "/category/" + segment(slug) + "/";
    }

    public static String tag(String slug) {
        return "/tag/" + segment(slug) + "/";
    }

    public static String author(String slug) {
        return "/author/" + segment(slug) + "/";
    }

    public static String source(String slug) {
        return "/source/" + segment(slug) + "/";
    }

    /** The archive of a category, tag, outlet or author. */
    public static String term(Taxonomy taxonomy, String slug) {
        return "/" + taxonomy.key() + "/" + segment(slug) + "/";
    }

    /** The index of every archive of a taxonomy that has posts: {@code /category/}, {@code /source/}... */
    public static String index(Taxonomy taxonomy) {
        return "/" + taxonomy.key() + "/";
    }

    /** The index of the date archives: years and months with their counts. */
    public static String archives() {
        return "/archive/";
    }

    /** The archive of the posts of one day: {@code /YYYY/MM/DD/}. */
    public static String day(LocalDate date) {
        return String.format("/%04d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The archive of the posts of one month: {@code /YYYY/MM/}. */
    public static String month(int year, int month) {
        return String.format("/%04d/%02d/", year, month);
    }

    /**
     * The first page of the archive of {@code kind} named {@code key}: a slug, a year {@code 2026},
     * a month {@code 2026/11} or a day {@code 2026/11/30} (their own path segments), ignored for the home page.
     */
    public static String listing(ListingKind kind, String key) {
        return switch (kind) {
            case HOME -> "/";
            case CATEGORY -> category(key);
            case TAG -> tag(key);
            case AUTHOR -> author(key);
            case SOURCE -> source(key);
            case YEAR, MONTH, DAY -> "/" + key + "/";
        };
    }

    /** Page {@code page} of the listing at {@code base}; page 1 is the listing itself. */
    public static String page(String base, int page) {
        return page <= 1 ? base : base + "page/" + page + "/";
    }

    /** The feed of the listing at {@code base} in {@code format}: {@code base/feed/}, {@code base/feed/atom/}... */
    public static String feed(String base, FeedFormat format) {
        return base + "feed/" + format.pathSuffix();
    }

    public static String sitemap() {
        return "/sitemap.xml";
    }

    /** Part {@code n} (from 1) of a sitemap split by a sitemap index. */
    public static String sitemapPart(int n) {
        return "/sitemap-" + n + ".xml";
    }

    public static String robots() {
        return "/robots.txt";
    }

    /** The search page for {@code form}'s words and filters, at page {@code page}. */
    public static String search(SearchForm form, int page) {
        StringBuilder url = new StringBuilder("/search/");
        String[][] params = {{"q", form.q()}, {"category", form.category()}, {"source", form.source()},
                {"from", form.from()}, {"to", form.to()}, {"page", page > 1 ? Integer.toString(page) : ""}};
        for (String[] param : params) {
            if (!param[1].isEmpty()) {
                url.append(url.indexOf("?") < 0 ? '?' : '&').append(param[0]).append('=')
                        .append(URLEncoder.encode(param[1], StandardCharsets.UTF_8));
            }
        }
        return url.toString();
    }

    /** A slug as one percent-encoded path segment (slugs may hold letters of any script). */
    public static String segment(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
