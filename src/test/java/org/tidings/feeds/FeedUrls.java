package org.tidings.feeds;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Collects the URLs a feed's HTML content links to, to check that every one is absolute. */
final class FeedUrls {
    private FeedUrls() {
    }

    static List<String> inHtml(String html) {
        List<String> urls = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
            urls.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return urls;
    }
}
