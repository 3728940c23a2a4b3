package org.tidings.curation.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.tidings.content.TidingsException;

/**
 * OPML, the file feed readers exchange their subscriptions in. Reading takes every outline with
 * an {@code xmlUrl} at any depth (folders are flattened) with jsoup's XML parser, which forgives
 * broken files and never resolves entities; writing gives OPML 2.0.
 */
public final class Opml {
    private Opml() {
    }

    /** The feeds listed in {@code bytes}, in file order, each feed URL once. */
    public static List<OpmlFeed> read(byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (doc.selectFirst("opml") == null) {
            throw new TidingsException("This is not an OPML file: it has no <opml> element");
        }
        List<OpmlFeed> feeds = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element outline : doc.select("outline")) {
            String xmlUrl = attribute(outline, "xmlUrl");
            if (xmlUrl != null && seen.add(xmlUrl)) {
                String title = attribute(outline, "title");
                feeds.add(new OpmlFeed(title != null ? title : attribute(outline, "text"), xmlUrl,
                        attribute(outline, "htmlUrl")));
            }
        }
        return feeds;
    }

    /** An OPML 2.0 document titled {@code title} that lists {@code feeds}, in UTF-8. */
    public static byte[] write(String title, List<OpmlFeed> feeds) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
                .append("  <head><title>").append(escape(title)).append("</title></head>\n  <body>\n");
        for (OpmlFeed feed : feeds) {
            String name = feed.title() == null ? feed.xmlUrl() : feed.title();
            xml.append("    <outline type=\"rss\" text=\"").append(escape(name)).append("\" title=\"")
                    .append(escape(name)).append("\" xmlUrl=\"").append(escape(feed.xmlUrl())).append('"');
            if (feed.htmlUrl() != null) {
                xml.append(" htmlUrl=\"").append(escape(feed.htmlUrl())).append('"');
            }
            xml.append("/>\n");
        }
        return xml.append("  </body>\n</opml>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An attribute's value whatever its case (xmlurl, xmlURL...), or null when absent or blank. */
    private static String attribute(Element outline, String name) {
        for (var attribute : outline.attributes()) {
            if (attribute.getKey().equalsIgnoreCase(name) && !attribute.getValue().isBlank()) {
                return attribute.getValue().strip();
            }
        }
        return null;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(c -> {
                    switch (c) {
                        case '&' -> out.append("&amp;");
                        case '<' -> out.append("&lt;");
                        case '>' -> out.append("&gt;");
                        case '"' -> out.append("&quot;");
                        case '\n' -> out.append("&#10;");
                        default -> out.appendCodePoint(c);
                    }
                });
        return out.toString();
    }
}
