package org.tidings.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Measurements of elements that the scoring and the cleaning of an article page share. */
final class ReadabilityNodes {
    /** Class or id words of page furniture rather than article text. */
    static final Pattern UNLIKELY = words("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
            "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
            "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break",
            "agegate", "pagination", "pager", "popup", "yom-remote");
    /** Words that save an element whose class or id also names furniture. */
    static final Pattern MAYBE_CANDIDATE = words("and", "article", "body", "column", "content", "main", "shadow");
    private static final Pattern POSITIVE = words("article", "body", "content", "entry", "hentry", "h-entry", "main",
            "page", "pagination", "post", "text", "blog", "story");
    private static final Pattern NEGATIVE = words("-ad-", "hidden", "^hid$", " hid$", " hid ", "^hid ", "banner",
            "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead", "media", "meta",
            "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
            "shopping", "tags", "widget");
    /** Embedded players worth keeping while cleaning (they are dropped from the output later). */
    static final Pattern VIDEOS = Pattern.compile("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)"
            + "\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)", Pattern.CASE_INSENSITIVE);
    /** Elements that make a div a container of blocks rather than a paragraph. */
    static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr");

    private ReadabilityNodes() {
    }

    static Pattern words(String... words) {
        return Pattern.compile(String.join("|", words), Pattern.CASE_INSENSITIVE);
    }

    /** The element's text with runs of whitespace made one space, trimmed. */
    static String innerText(Element element) {
        return element.text();
    }

    /** The class and id together, as the furniture patterns are matched against them. */
    static String classAndId(Element element) {
        return element.className() + " " + element.id();
    }

    /** Elements below {@code element} (never itself) with one of the given tag names. */
    static List<Element> descendants(Element element, String... tags) {
        // Not Elements.remove(element): since jsoup 1.17 that takes the element out of the page too.
        return element.select(String.join(",", tags)).stream().filter(found -> found != element).toList();
    }

    /** The share of the element's text that sits in links; in-page (#) links count less. */
    static double linkDensity(Element element) {
        int length = innerText(element).length();
        if (length == 0) {
            return 0;
        }
        double linked = 0;
        for (Element link : descendants(element, "a")) {
            String href = link.attr("href");
            double weight = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
            linked += innerText(link).length() * weight;
        }
        return linked / length;
    }

    /** +25 or -25 for each of class and id that looks like article text or like furniture. */
    static int classWeight(Element element, ReadabilityPass pass) {
        if (!pass.weighClasses()) {
            return 0;
        }
        return weight(element.className()) + weight(element.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int weight = NEGATIVE.matcher(name).find() ? -25 : 0;
        return weight + (POSITIVE.matcher(name).find() ? 25 : 0);
    }

    static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element element)) {
            return false;
        }
        String tag = element.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        return (tag.equals("a") || tag.equals("del") || tag.equals("ins"))
                && element.childNodes().stream().allMatch(ReadabilityNodes::isPhrasing);
    }

    static boolean isWhitespace(Node node) {
        return node instanceof TextNode text && text.isBlank() || node instanceof Element element && element.nameIs("br");
    }

    /** Removes the line breaks and blank text at the end of the element. */
    static void trimTrailingWhitespace(Element element) {
        while (element.childNodeSize() > 0 && isWhitespace(element.childNode(element.childNodeSize() - 1))) {
            element.childNode(element.childNodeSize() - 1).remove();
        }
    }

    /** True when the element holds exactly one child element, of the given tag, and no text of its own. */
    static boolean hasSingleChild(Element element, String tag) {
        if (element.childrenSize() != 1 || !element.child(0).nameIs(tag)) {
            return false;
        }
        return element.textNodes().stream().allMatch(TextNode::isBlank);
    }

    /** True for an element with no text and no children but line breaks and rules. */
    static boolean isWithoutContent(Element element) {
        if (hasText(element)) {
            return false;
        }
        int children = element.childrenSize();
        return children == 0 || children == descendants(element, "br", "hr").size();
    }

    static boolean hasChildBlock(Element element) {
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.normalName()) || hasChildBlock(child)) {
                return true;
            }
        }
        return false;
    }

    /** True when some text below the element is more than whitespace; stops at the first such text. */
    static boolean hasText(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank() || child instanceof Element inner && hasText(inner)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the element's nearest ancestors (up to {@code maxDepth}, 0 for all) has the tag. */
    static boolean hasAncestor(Element element, String tag, int maxDepth) {
        int depth = 0;
        for (Element up = element.parent(); up != null && !(up instanceof Document); up = up.parent()) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (up.nameIs(tag)) {
                return true;
            }
            depth++;
        }
        return false;
    }

    /** The element's parents, nearest first, up to {@code maxDepth} of them (0 for all), without the document. */
    static List<Element> ancestors(Element element, int maxDepth) {
        List<Element> ancestors = new ArrayList<>();
        for (Element up = element.parent(); up != null && !(up instanceof Document); up = up.parent()) {
            ancestors.add(up);
            if (maxDepth > 0 && ancestors.size() == maxDepth) {
                break;
            }
        }
        return ancestors;
    }

    /** The next element in document order; with {@code skipChildren}, the next one after this element's subtree. */
    static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        for (Element at = node; at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }
}
