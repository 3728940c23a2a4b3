package org.tidings.curation;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cleans the gathered article: forms, embeds, asides, share bars, low-weight headings and
 * suspicious blocks go; paragraphs left empty go; tables of one cell become their content.
 */
final class ReadabilityCleaner {
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final int SHARE_TEXT_LIMIT = 500;

    private ReadabilityCleaner() {
    }

    static void clean(Element article, ReadabilityPass pass) {
        ReadabilitySuspicion suspicion = new ReadabilitySuspicion(article, pass);
        suspicion.clean("form");
        suspicion.clean("fieldset");
        for (String tag : List.of("object", "embed", "footer", "link", "aside")) {
            remove(article, tag);
        }
        for (Element child : article.children()) {
            removeShareBars(child);
        }
        for (String tag : List.of("iframe", "input", "textarea", "select", "button")) {
            remove(article, tag);
        }
        for (Element heading : ReadabilityNodes.descendants(article, "h1", "h2")) {
            if (ReadabilityNodes.classWeight(heading, pass) < 0) {
                heading.remove();
            }
        }
        suspicion.clean("table");
        suspicion.clean("ul");
        suspicion.clean("div");
        // The title is shown apart from the text: headings inside start one level down.
        ReadabilityNodes.descendants(article, "h1").forEach(h1 -> h1.tagName("h2"));
        removeEmptyParagraphs(article);
        for (Element br : ReadabilityNodes.descendants(article, "br")) {
            if (nextNode(br.nextSibling()) instanceof Element next && next.nameIs("p")) {
                br.remove();
            }
        }
        ReadabilityNodes.descendants(article, "table").forEach(ReadabilityCleaner::unwrapSingleCell);
    }

    /** Removes every element with the tag, but embedded videos among embeds. */
    private static void remove(Element article, String tag) {
        boolean embed = List.of("object", "embed", "iframe").contains(tag);
        for (Element element : ReadabilityNodes.descendants(article, tag)) {
            if (!embed || !isVideo(element)) {
                element.remove();
            }
        }
    }

    static boolean isVideo(Element embed) {
        boolean inAttributes = embed.attributes().asList().stream()
                .anyMatch(attribute -> ReadabilityNodes.VIDEOS.matcher(attribute.getValue()).find());
        return inAttributes || embed.nameIs("object") && ReadabilityNodes.VIDEOS.matcher(embed.html()).find();
    }

    private static void removeShareBars(Element root) {
        Element end = ReadabilityNodes.next(root, true);
        Element node = ReadabilityNodes.next(root, false);
        while (node != null && node != end) {
            if (SHARE.matcher(ReadabilityNodes.classAndId(node)).find()
                    && ReadabilityNodes.innerText(node).length() < SHARE_TEXT_LIMIT) {
                node = ReadabilityNodes.removeAndNext(node);
            } else {
                node = ReadabilityNodes.next(node, false);
            }
        }
    }

    private static void removeEmptyParagraphs(Element article) {
        for (Element p : ReadabilityNodes.descendants(article, "p")) {
            boolean hasMedia = !ReadabilityNodes.descendants(p, "img", "embed", "object", "iframe").isEmpty();
            if (!hasMedia && p.text().isBlank()) {
                p.remove();
            }
        }
    }

    private static Node nextNode(Node node) {
        Node at = node;
        while (at instanceof TextNode text && text.isBlank()) {
            at = at.nextSibling();
        }
        return at;
    }

    /** A table of one row of one cell is layout: its cell takes its place, as a paragraph when it holds only inline content. */
    private static void unwrapSingleCell(Element table) {
        Element body = ReadabilityNodes.hasSingleChild(table, "tbody") ? table.child(0) : table;
        if (!ReadabilityNodes.hasSingleChild(body, "tr")) {
            return;
        }
        Element row = body.child(0);
        if (!ReadabilityNodes.hasSingleChild(row, "td")) {
            return;
        }
        Element cell = row.child(0);
        boolean inline = cell.childNodes().stream().allMatch(ReadabilityNodes::isPhrasing);
        cell.tagName(inline ? "p" : "div");
        table.before(cell);
        table.remove();
    }
}
