package org.tidings.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a prepared page: the best-scored element and those of its siblings that
 * look like more of the same text, cleaned. Passes with fewer rules follow while the text found
 * is shorter than {@value #ENOUGH_TEXT} characters; the longest result wins then.
 */
final class ReadabilityGrabber {
    private static final int ENOUGH_TEXT = 500;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    /** Siblings of other kinds (a td, a form) become divs, so that cleaning treats them as blocks of text. */
    private static final Set<String> KEPT_AS_IS = Set.of("div", "article", "section", "p");

    private final String title;
    private final boolean wantsByline;
    private String byline;

    /** {@code wantsByline}: the metadata named no author, so a byline in the text is looked for. */
    ReadabilityGrabber(String title, boolean wantsByline) {
        this.title = title;
        this.wantsByline = wantsByline;
    }

    /** The article's content in a new {@code <div>}, or null when the page has no text at all. */
    Element grab(Document prepared) {
        Element longest = null;
        int longestLength = -1;
        for (ReadabilityPass pass : ReadabilityPass.IN_ORDER) {
            Element article = attempt(prepared.clone(), pass);
            int length = ReadabilityNodes.innerText(article).length();
            if (length >= ENOUGH_TEXT) {
                return article;
            }
            if (length > longestLength) {
                longest = article;
                longestLength = length;
            }
        }
        return longestLength > 0 ? longest : null;
    }

    /** The byline found in the page's text (and left out of the article), or null. */
    String byline() {
        return byline;
    }

    private Element attempt(Document page, ReadabilityPass pass) {
        Element body = page.body();
        ReadabilityWalk walk = ReadabilityWalk.over(body, pass, title, wantsByline && byline == null);
        if (walk.byline() != null) {
            byline = walk.byline();
        }
        ReadabilityScores scores = ReadabilityScores.of(walk.toScore(), pass);
        Element top = topCandidate(body, scores);
        Element article = withSiblings(top, scores);
        ReadabilityCleaner.clean(article, pass);
        return article;
    }

    private static Element topCandidate(Element body, ReadabilityScores scores) {
        List<Element> best = scores.top();
        if (best.isEmpty() || best.get(0).nameIs("body")) {
            return wholeBody(body, scores);
        }
        Element top = sharedAncestor(best, scores);
        scores.initialize(top);
        top = betterParent(top, scores);
        // An only child is joined with its parent, whose siblings may hold the rest of the text.
        while (belowBody(top.parent()) && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        scores.initialize(top);
        return top;
    }

    /** No element stands out: everything in the body, moved into one div. */
    private static Element wholeBody(Element body, ReadabilityScores scores) {
        Element all = new Element("div");
        all.appendChildren(new ArrayList<>(body.childNodes()));
        body.appendChild(all);
        scores.initialize(all);
        return all;
    }

    /**
     * When three or more runners-up score close to the best, the article is probably split
     * among them: their nearest common ancestor is taken instead.
     */
    private static Element sharedAncestor(List<Element> best, ReadabilityScores scores) {
        Element top = best.get(0);
        List<List<Element>> close = new ArrayList<>();
        for (Element other : best.subList(1, best.size())) {
            if (scores.of(other) / scores.of(top) >= 0.75) {
                close.add(ReadabilityNodes.ancestors(other, 0));
            }
        }
        if (close.size() < 3) {
            return top;
        }
        for (Element up = top.parent(); belowBody(up); up = up.parent()) {
            Element ancestor = up;
            if (close.stream().filter(list -> list.contains(ancestor)).count() >= 3) {
                return ancestor;
            }
        }
        return top;
    }

    /** Climbs while parents keep a good share of the score; a parent scoring higher wins. */
    private static Element betterParent(Element top, ReadabilityScores scores) {
        double last = scores.of(top);
        double floor = last / 3;
        for (Element up = top.parent(); belowBody(up); up = up.parent()) {
            if (!scores.has(up)) {
                continue;
            }
            double score = scores.of(up);
            if (score < floor) {
                break;
            }
            if (score > last) {
                return up;
            }
            last = score;
        }
        return top;
    }

    /** True for an element inside the body (where candidates are), false for the body and anything above it. */
    private static boolean belowBody(Element element) {
        return element != null && !element.nameIs("body") && !element.nameIs("html") && !(element instanceof Document);
    }

    /** The top candidate and the siblings that score well or read like paragraphs, in page order. */
    private static Element withSiblings(Element top, ReadabilityScores scores) {
        Element article = new Element("div");
        double threshold = Math.max(10, scores.of(top) * 0.2);
        for (Element sibling : new ArrayList<>(top.parent().children())) {
            if (sibling == top || belongs(sibling, top, scores, threshold)) {
                if (!KEPT_AS_IS.contains(sibling.normalName())) {
                    sibling.tagName("div");
                }
                article.appendChild(sibling);
            }
        }
        return article;
    }

    private static boolean belongs(Element sibling, Element top, ReadabilityScores scores, double threshold) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? scores.of(top) * 0.2 : 0;
        if (scores.has(sibling) && scores.of(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        double links = ReadabilityNodes.linkDensity(sibling);
        String text = ReadabilityNodes.innerText(sibling);
        if (text.length() > 80) {
            return links < 0.25;
        }
        return !text.isEmpty() && links == 0 && SENTENCE_END.matcher(text).find();
    }
}
