package org.tidings.curation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Content scores of the elements that hold paragraphs. Every paragraph of 25 characters or more
 * earns points for its commas and its length, and passes them to its parent (in full), its
 * grandparent (half) and more distant ancestors (less and less): the element that gathers most
 * is where the article is.
 */
final class ReadabilityScores {
    private static final String COMMAS = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";
    private static final int TOP_CANDIDATES = 5;

    private final ReadabilityPass pass;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final List<Element> candidates = new ArrayList<>();

    private ReadabilityScores(ReadabilityPass pass) {
        this.pass = pass;
    }

    static ReadabilityScores of(List<Element> paragraphs, ReadabilityPass pass) {
        ReadabilityScores scores = new ReadabilityScores(pass);
        paragraphs.forEach(scores::score);
        return scores;
    }

    boolean has(Element element) {
        return scores.containsKey(element);
    }

    double of(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    /** Gives the element its starting score (from its tag and class) unless it has one. */
    void initialize(Element element) {
        if (!has(element)) {
            scores.put(element, (double) tagScore(element) + ReadabilityNodes.classWeight(element, pass));
        }
    }

    /** The best candidates, best first, once each candidate's score is cut by its share of link text. */
    List<Element> top() {
        List<Element> top = new ArrayList<>();
        for (Element candidate : candidates) {
            double score = of(candidate) * (1 - ReadabilityNodes.linkDensity(candidate));
            scores.put(candidate, score);
            int at = 0;
            while (at < top.size() && score <= of(top.get(at))) {
                at++;
            }
            if (at < TOP_CANDIDATES) {
                top.add(at, candidate);
                if (top.size() > TOP_CANDIDATES) {
                    top.removeLast();
                }
            }
        }
        return top;
    }

    private void score(Element paragraph) {
        if (!hasElementParent(paragraph)) {
            return;
        }
        String text = ReadabilityNodes.innerText(paragraph);
        if (text.length() < 25) {
            return;
        }
        // One point for being a paragraph, one per comma-separated part, one per 100 characters (up to 3).
        double points = 1 + (commas(text) + 1) + Math.min(text.length() / 100, 3);
        List<Element> ancestors = ReadabilityNodes.ancestors(paragraph, 5);
        for (int level = 0; level < ancestors.size(); level++) {
            Element ancestor = ancestors.get(level);
            if (!hasElementParent(ancestor)) {
                continue;
            }
            if (!has(ancestor)) {
                initialize(ancestor);
                candidates.add(ancestor);
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.put(ancestor, of(ancestor) + points / divider);
        }
    }

    private static boolean hasElementParent(Element element) {
        return element.parent() != null && !(element.parent() instanceof Document);
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }

    private static int tagScore(Element element) {
        return switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }
}
