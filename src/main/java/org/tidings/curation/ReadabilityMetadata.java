package org.tidings.curation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page says about its article outside the text: title, byline and publication date, from
 * JSON-LD first, then from {@code <meta>} tags (Dublin Core, OpenGraph, Twitter, Parse.ly...),
 * and for the title from {@code <title>} at last. Any value may be null but the title.
 */
record ReadabilityMetadata(String title, String byline, String published) {
    // property="..." holds a space-separated list; name="..." a single value.
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?"
                    + "(author|creator|pub-date|description|title|site_name)\\s*$",
            Pattern.CASE_INSENSITIVE);

    static ReadabilityMetadata of(Document doc) {
        ReadabilityJsonLd.Article article = ReadabilityJsonLd.of(doc);
        Map<String, String> meta = metaValues(doc);
        String title = firstOf(jsonLdTitle(article, doc), meta.get("dc:title"), meta.get("dcterm:title"),
                meta.get("og:title"), meta.get("weibo:article:title"), meta.get("weibo:webpage:title"), meta.get("title"),
                meta.get("twitter:title"), meta.get("parsely-title"));
        String byline = firstOf(article.byline(), meta.get("dc:creator"), meta.get("dcterm:creator"), meta.get("author"),
                meta.get("parsely-author"), unlessUrl(meta.get("article:author")));
        String published = firstOf(article.published(), meta.get("article:published_time"), meta.get("parsely-pub-date"),
                itemprop(doc, "datePublished"));
        return new ReadabilityMetadata(unescape(title != null ? title : ReadabilityTitle.of(doc)), unescape(byline),
                unescape(published));
    }

    /** Some sites name the site in "name" and the story in "headline": take the one like the page title. */
    private static String jsonLdTitle(ReadabilityJsonLd.Article article, Document doc) {
        String name = article.name();
        String headline = article.headline();
        if (name != null && headline != null && !name.equals(headline)) {
            String pageTitle = ReadabilityTitle.of(doc);
            boolean nameMatches = ReadabilityTitle.similarity(name, pageTitle) > 0.75;
            boolean headlineMatches = ReadabilityTitle.similarity(headline, pageTitle) > 0.75;
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name != null ? name : headline;
    }

    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element element : doc.getElementsByTag("meta")) {
            String content = element.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            Matcher property = PROPERTY.matcher(element.attr("property"));
            if (property.find()) {
                values.put(key(property.group()), content);
            } else if (NAME.matcher(element.attr("name")).matches()) {
                values.put(key(element.attr("name")).replace('.', ':'), content);
            }
        }
        return values;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    }

    /** A schema.org microdata value: {@code <meta itemprop content>} or {@code <time itemprop datetime>}. */
    private static String itemprop(Document doc, String name) {
        Element element = doc.selectFirst("[itemprop=" + name + "]");
        if (element == null) {
            return null;
        }
        String value = element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
        return value.isBlank() ? null : value.strip();
    }

    /** OpenGraph's article:author is often the author's profile page, not a name. */
    private static String unlessUrl(String value) {
        return value == null || value.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? null : value;
    }

    private static String firstOf(String... values) {
        return Stream.of(values).filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }

    /** Many pages escape their meta values twice ("&amp;amp;"); the parser undid the first. */
    private static String unescape(String value) {
        return value == null ? null : Parser.unescapeEntities(value, false);
    }
}
