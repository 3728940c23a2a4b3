package org.tidings.feeds;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.site.Json;

/** Writes a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1), which Rome does not know. */
final class JsonFeedWriter {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {
    }

    static String write(Feed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("title", feed.listing().title());
        json.put("home_page_url", feed.pageUrl());
        json.put("feed_url", feed.feedUrl());
        json.put("description", feed.listing().description());
        json.put("language", "en");
        json.put("authors", List.of(author(feed.publisher(), feed.publisherUrl())));
        json.put("items", feed.items().stream().map(JsonFeedWriter::item).toList());
        return Json.write(json);
    }

    private static Map<String, Object> item(FeedItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("url", item.url());
        json.put("external_url", item.originalUrl());
        json.put("title", item.title());
        json.put("content_html", item.contentHtml());
        json.put("image", item.image() == null ? null : item.image().url());
        json.put("summary", item.summary());
        json.put("date_published", rfc3339(item.published()));
        json.put("date_modified", rfc3339(item.updated()));
        json.put("authors", item.authorName() == null ? null : List.of(author(item.authorName(), item.authorUrl())));
        json.put("tags", item.categories().isEmpty() ? null : item.categories());
        return json;
    }

    private static Map<String, Object> author(String name, String url) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("url", url);
        return json;
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
