package org.tidings.curation.feed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the feeds a web page names in its head, as feed readers do: {@code <link rel="alternate" type="...">}. */
public final class FeedDiscovery {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml", "application/x.atom+xml",
            "application/x-atom+xml", "text/xml", "application/xml");

    private FeedDiscovery() {
    }

    /** The absolute URLs of the feeds {@code html} names, in page order, each once. */
    public static List<String> find(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl);
        Set<String> feeds = new LinkedHashSet<>();
        for (Element link : page.select("link[rel][type][href]")) {
            Set<String> rels = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
            String type = link.attr("type").toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
            String url = link.absUrl("href");
            if (rels.contains("alternate") && FEED_TYPES.contains(type) && url.matches("(?i)https?://.+")) {
                feeds.add(url);
            }
        }
        return List.copyOf(feeds);
    }
}
