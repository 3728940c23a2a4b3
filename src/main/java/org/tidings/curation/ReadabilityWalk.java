package org.tidings.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The first walk over a page's body in one pass: removes what is hidden, what looks like page
 * furniture and the heading that repeats the title, takes note of the byline, turns divs used as
 * paragraphs into {@code <p>}, and collects the elements whose text will be scored.
 */
final class ReadabilityWalk {
    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> REMOVED_WHEN_EMPTY = Set.of("div", "section", "header", "h1", "h2", "h3", "h4",
            "h5", "h6");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    private static final Pattern BYLINE = ReadabilityNodes.words("byline", "author", "dateline", "writtenby", "p-author");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    private final ReadabilityPass pass;
    private final String title;
    private final boolean wantsByline;
    private final List<Element> toScore = new ArrayList<>();
    private boolean titleHeadingSeen;
    private String byline;

    private ReadabilityWalk(ReadabilityPass pass, String title, boolean wantsByline) {
        this.pass = pass;
        this.title = title;
        this.wantsByline = wantsByline;
    }

    /** Walks {@code root}; returns what it found. */
    static ReadabilityWalk over(Element root, ReadabilityPass pass, String title, boolean wantsByline) {
        ReadabilityWalk walk = new ReadabilityWalk(pass, title, wantsByline);
        Element node = root;
        while (node != null) {
            node = walk.visit(node);
        }
        return walk;
    }

    List<Element> toScore() {
        return toScore;
    }

    /** The byline found in the text (and removed from it), or null. */
    String byline() {
        return byline;
    }

    private Element visit(Element node) {
        String classAndId = ReadabilityNodes.classAndId(node);
        if (!isProbablyVisible(node) || node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog")) {
            return ReadabilityNodes.removeAndNext(node);
        }
        if (isByline(node, classAndId)) {
            byline = authorName(node).text().strip();
            return ReadabilityNodes.removeAndNext(node);
        }
        if (!titleHeadingSeen && repeatsTitle(node)) {
            titleHeadingSeen = true;
            return ReadabilityNodes.removeAndNext(node);
        }
        if (pass.stripUnlikely() && isUnlikely(node, classAndId)) {
            return ReadabilityNodes.removeAndNext(node);
        }
        if (REMOVED_WHEN_EMPTY.contains(node.normalName()) && ReadabilityNodes.isWithoutContent(node)) {
            return ReadabilityNodes.removeAndNext(node);
        }
        if (SCORED.contains(node.normalName())) {
            toScore.add(node);
        }
        Element current = node.nameIs("div") ? divAsParagraph(node) : node;
        return ReadabilityNodes.next(current, false);
    }

    private static boolean isProbablyVisible(Element node) {
        if (HIDDEN_STYLE.matcher(node.attr("style")).find() || node.hasAttr("hidden")) {
            return false;
        }
        // Wikimedia hides the image form of formulas from screen readers, not from sight.
        return !node.attr("aria-hidden").equals("true") || node.className().contains("fallback-image");
    }

    private boolean isByline(Element node, String classAndId) {
        if (!wantsByline || byline != null) {
            return false;
        }
        boolean marked = node.attr("rel").equals("author") || node.attr("itemprop").contains("author")
                || BYLINE.matcher(classAndId).find();
        if (!marked) {
            return false;
        }
        // Measured with its layout whitespace, as browsers count it: a long block is not a byline.
        int length = node.wholeText().strip().length();
        return length > 0 && length < 100;
    }

    /** Within a byline, the element marked as the author's name ("By NAME, DATE"), else the whole byline. */
    private static Element authorName(Element byline) {
        for (Element inside : ReadabilityNodes.descendants(byline, "[itemprop]")) {
            if (inside.attr("itemprop").contains("name")) {
                return inside;
            }
        }
        return byline;
    }

    private boolean repeatsTitle(Element node) {
        return (node.nameIs("h1") || node.nameIs("h2")) && ReadabilityTitle.similarity(title, node.text()) > 0.75;
    }

    private static boolean isUnlikely(Element node, String classAndId) {
        if (ReadabilityNodes.UNLIKELY.matcher(classAndId).find() && !ReadabilityNodes.MAYBE_CANDIDATE.matcher(classAndId).find()
                && !ReadabilityNodes.hasAncestor(node, "table", 3) && !ReadabilityNodes.hasAncestor(node, "code", 3)
                && !node.nameIs("body") && !node.nameIs("a")) {
            return true;
        }
        return UNLIKELY_ROLES.contains(node.attr("role"));
    }

    /**
     * Wraps the div's loose inline content in paragraphs; a div that is one paragraph in a
     * wrapper, or holds no blocks at all, becomes that paragraph. Returns the element that now
     * stands where the div was.
     */
    private Element divAsParagraph(Element div) {
        wrapInlineRuns(div);
        if (ReadabilityNodes.hasSingleChild(div, "p") && ReadabilityNodes.linkDensity(div) < 0.25) {
            Element p = div.child(0);
            div.before(p);
            div.remove();
            toScore.add(p);
            return p;
        }
        if (!ReadabilityNodes.hasChildBlock(div)) {
            div.tagName("p");
            toScore.add(div);
        }
        return div;
    }

    private static void wrapInlineRuns(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (ReadabilityNodes.isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!ReadabilityNodes.isWhitespace(child)) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                ReadabilityNodes.trimTrailingWhitespace(p);
                p = null;
            }
        }
    }
}
