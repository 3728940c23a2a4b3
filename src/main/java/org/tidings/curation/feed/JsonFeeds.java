package org.tidings.curation.feed;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.content.SafeHtml;
import org.tidings.i18n.Wording;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeeds {
    private JsonFeeds() {
    }

    static ParsedFeed read(String feedName, String text, String base) {
        Object root;
        try {
            root = JsonTree.read(text);
        } catch (IOException e) {
            throw new FeedParseException(feedName,
                    Wording.of("curation.parse.notJson", String.valueOf(e.getMessage())), e);
        }
        if (!(root instanceof Map<?, ?> feed) || !(feed.get("items") instanceof List<?> items)) {
            throw new FeedParseException(feedName, Wording.of("curation.parse.notJsonFeed"));
        }
        String site = Links.absolute(string(feed, "home_page_url"), base);
        String itemBase = site != null ? site : base;
        String lang = string(feed, "language");
        List<ParsedItem> parsed = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                parsed.add(item(map, itemBase, lang, author(feed)));
            }
        }
        return new ParsedFeed(string(feed, "title"), site, parsed, null);
    }

    private static ParsedItem item(Map<?, ?> item, String feedBase, String feedLang, String feedAuthor) {
        String url = Links.absolute(firstOf(string(item, "url"), string(item, "external_url")), feedBase);
        String base = url != null ? url : feedBase;
        String title = string(item, "title");
        String summary = string(item, "summary");
        String html = string(item, "content_html");
        SafeHtml content = html != null ? ItemHtml.fromHtml(html, base) : ItemHtml.fromText(string(item, "content_text"));
        String author = author(item);
        String lang = string(item, "language");
        return new ParsedItem(
                Guids.of(idOf(item.get("id")), url, title, firstOf(html, string(item, "content_text"))),
                url,
                title == null ? null : title.strip(),
                ItemHtml.fromText(summary),
                content,
                author != null ? author : feedAuthor,
                instant(string(item, "date_published")),
                instant(string(item, "date_modified")),
                lang != null ? lang : feedLang,
                tags(item.get("tags")));
    }

    /** JSON Feed 1.1's first of "authors", else 1.0's "author". */
    private static String author(Map<?, ?> map) {
        Object authors = map.get("authors");
        Object author = authors instanceof List<?> list && !list.isEmpty() ? list.getFirst() : map.get("author");
        return author instanceof Map<?, ?> person ? string(person, "name") : null;
    }

    private static String idOf(Object id) {
        // The spec wants a string, but some feeds write numbers.
        return id instanceof Number number ? number.toString() : id instanceof String text ? text : null;
    }

    private static List<String> tags(Object tags) {
        Set<String> names = new LinkedHashSet<>();
        if (tags instanceof List<?> list) {
            for (Object tag : list) {
                if (tag instanceof String name && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return List.copyOf(names);
    }

    private static Instant instant(String date) {
        if (date == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(date.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String string(Map<?, ?> map, String key) {
        return map.get(key) instanceof String text && !text.isBlank() ? text : null;
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
