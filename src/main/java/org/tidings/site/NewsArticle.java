package org.tidings.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;

/** The schema.org {@code NewsArticle} JSON-LD of a post page, which search engines read. */
public final class NewsArticle {
    private NewsArticle() {
    }

    public static String jsonLd(PostDetails details, Site site) {
        Post post = details.post();
        String url = site.absolute(Urls.post(post, site.zone()));
        boolean dated = post.publishedAt() != null && !post.dateUnknown();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", post.title());
        article.put("description", PostViews.description(post));
        article.put("url", url);
        article.put("mainEntityOfPage", typed("WebPage", "@id", url));
        article.put("datePublished", dated ? time(post.publishedAt(), site) : null);
        article.put("dateModified", dated ? time(latest(post.publishedAt(), post.updatedAt()), site) : null);
        if (details.author() != null) {
            Map<String, Object> author = typed("Person", "name", details.author().name());
            author.put("url", site.absolute(Urls.author(details.author().slug())));
            article.put("author", author);
        }
        Map<String, Object> publisher = typed("Organization", "name", site.title());
        publisher.put("url", site.absolute("/"));
        article.put("publisher", publisher);
        article.put("isBasedOn", post.sourceUrl() == null || post.sourceUrl().isBlank() ? null : post.sourceUrl());
        return Json.write(article);
    }

    private static Map<String, Object> typed(String type, String key, String value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", type);
        map.put(key, value);
        return map;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String time(Instant instant, Site site) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(site.zone()).truncatedTo(ChronoUnit.SECONDS));
    }
}
