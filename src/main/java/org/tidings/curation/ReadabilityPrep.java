package org.tidings.curation;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Readies a parsed page for scoring: drops scripts, styles and placeholder images, turns runs of
 * {@code <br>} into paragraphs (old pages separate paragraphs that way) and {@code <font>} into
 * {@code <span>}.
 */
final class ReadabilityPrep {
    private static final Pattern IMAGE_FILE = Pattern.compile("\\.(jpg|jpeg|png|webp)", Pattern.CASE_INSENSITIVE);
    private static final List<String> IMAGE_SOURCES = List.of("src", "srcset", "data-src", "data-srcset");

    private ReadabilityPrep() {
    }

    static void prepare(Document doc) {
        doc.getElementsByTag("img").stream().filter(ReadabilityPrep::isPlaceholder).forEach(Element::remove);
        doc.select("script, noscript, style, template").remove();
        for (Element br : doc.body().getElementsByTag("br")) {
            paragraphAfterBreaks(br);
        }
        doc.getElementsByTag("font").forEach(font -> font.tagName("span"));
    }

    /** An image with no address at all: lazy-loading pages fill it in with script. */
    private static boolean isPlaceholder(Element img) {
        for (Attribute attribute : img.attributes()) {
            if (IMAGE_SOURCES.contains(attribute.getKey()) || IMAGE_FILE.matcher(attribute.getValue()).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * When {@code br} starts a run of two or more breaks, the run becomes one {@code <p>} holding
     * the inline content that follows, up to the next run or block.
     */
    private static void paragraphAfterBreaks(Element br) {
        if (br.parent() == null) {
            return;
        }
        boolean run = false;
        Node next = nextNonBlank(br.nextSibling());
        while (next instanceof Element element && element.nameIs("br")) {
            run = true;
            Node after = next.nextSibling();
            next.remove();
            next = nextNonBlank(after);
        }
        if (!run) {
            return;
        }
        Element p = new Element("p");
        br.replaceWith(p);
        for (Node node = p.nextSibling(); node != null && !endsParagraph(node); ) {
            Node after = node.nextSibling();
            p.appendChild(node);
            node = after;
        }
        ReadabilityNodes.trimTrailingWhitespace(p);
        if (p.parent() != null && p.parent().nameIs("p")) {
            p.parent().tagName("div");
        }
    }

    private static boolean endsParagraph(Node node) {
        if (node instanceof Element element && element.nameIs("br")
                && nextNonBlank(node.nextSibling()) instanceof Element following && following.nameIs("br")) {
            return true;
        }
        return !ReadabilityNodes.isPhrasing(node);
    }

    private static Node nextNonBlank(Node node) {
        Node at = node;
        while (at != null && !(at instanceof Element) && (!(at instanceof TextNode text) || text.isBlank())) {
            at = at.nextSibling();
        }
        return at;
    }
}
