package org.tidings.curation.feed;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.SafeHtml;

/**
 * Makes an item's HTML safe to store and show: links made absolute, and every image turned into a
 * link to it ("Image: ALT"), so that no reader's browser ever contacts an outlet by itself; then
 * the one sanitizer.
 */
final class ItemHtml {
    private ItemHtml() {
    }

    /** {@code html} from a feed whose relative URLs are relative to {@code base} (may be null). */
    static SafeHtml fromHtml(String html, String base) {
        if (html == null || html.isBlank()) {
            return HtmlSanitizer.sanitize("");
        }
        String lower = html.toLowerCase(Locale.ROOT);
        if (!lower.contains("<img") && !(base != null && lower.contains("href"))) {
            return HtmlSanitizer.sanitize(html); // nothing to rewrite: spare a second parse of every item
        }
        Document doc = Jsoup.parseBodyFragment(html, base == null ? "" : base);
        for (Element link : doc.select("a[href]")) {
            String absolute = link.absUrl("href");
            if (!absolute.isEmpty()) {
                link.attr("href", absolute);
            }
        }
        for (Element image : doc.select("img")) {
            replaceImage(image);
        }
        return HtmlSanitizer.sanitize(doc.body().html());
    }

    /** Plain text as paragraphs: blank lines part them, single line breaks stay. */
    static SafeHtml fromText(String text) {
        if (text == null || text.isBlank()) {
            return HtmlSanitizer.sanitize("");
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return HtmlSanitizer.sanitize(html.toString());
    }

    /** The text of a title that may hold markup or entities. */
    static String plainText(String html) {
        return html == null ? null : Jsoup.parseBodyFragment(html).text().strip();
    }

    private static void replaceImage(Element image) {
        String source = image.absUrl(image.hasAttr("src") ? "src" : "data-src");
        String alt = image.attr("alt").strip();
        String label = alt.isEmpty() ? "Image" : "Image: " + alt;
        boolean web = source.toLowerCase(Locale.ROOT).startsWith("http://")
                || source.toLowerCase(Locale.ROOT).startsWith("https://");
        if (web && image.closest("a") == null) {
            image.replaceWith(new Element("a").attr("href", source).text(label));
        } else {
            // already inside a link, or not on the web (data:, relative without a base): its words alone
            image.replaceWith(new TextNode(alt.isEmpty() ? "" : "[" + label + "]"));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
