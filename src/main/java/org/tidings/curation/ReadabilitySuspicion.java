package org.tidings.curation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the blocks of an article that look like furniture rather than text: too many images,
 * list items or inputs for their paragraphs, mostly links, odd embeds, nothing but "Advertisement"
 * or "Loading...". Data tables and what is inside them are kept.
 */
final class ReadabilitySuspicion {
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
    private static final String[] TEXTISH = {"span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul"};

    private final Element article;
    private final ReadabilityPass pass;
    private final Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());

    ReadabilitySuspicion(Element article, ReadabilityPass pass) {
        this.article = article;
        this.pass = pass;
        for (Element table : ReadabilityNodes.descendants(article, "table")) {
            if (ReadabilityTables.isData(table)) {
                dataTables.add(table);
            }
        }
    }

    /** Removes the elements with this tag that look suspicious, last first. */
    void clean(String tag) {
        if (!pass.cleanConditionally()) {
            return;
        }
        List<Element> elements = ReadabilityNodes.descendants(article, tag);
        for (Element element : elements.reversed()) {
            if (element.parent() != null && isSuspicious(element, tag)) {
                element.remove();
            }
        }
    }

    private boolean isSuspicious(Element node, String tag) {
        if (isProtected(node)) {
            return false;
        }
        int weight = ReadabilityNodes.classWeight(node, pass);
        if (weight < 0) {
            return true;
        }
        if (countOf(node.text(), ',') >= 10) {
            return false;
        }
        boolean list = tag.equals("ul") || tag.equals("ol") || listShare(node) > 0.9;
        List<Element> embeds = ReadabilityNodes.descendants(node, "object", "embed", "iframe");
        if (embeds.stream().anyMatch(ReadabilityCleaner::isVideo)) {
            return false;
        }
        String text = ReadabilityNodes.innerText(node);
        if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
            return true;
        }
        boolean suspicious = looksLikeFurniture(node, list, weight, embeds.size(), text.length());
        if (list && suspicious) {
            return !isListOfImages(node);
        }
        return suspicious;
    }

    private boolean isProtected(Element node) {
        if (dataTables.contains(node) || ReadabilityNodes.hasAncestor(node, "code", 3)) {
            return true;
        }
        for (Element up : ReadabilityNodes.ancestors(node, 0)) {
            if (dataTables.contains(up)) {
                return true;
            }
        }
        return ReadabilityNodes.descendants(node, "table").stream().anyMatch(dataTables::contains);
    }

    private boolean looksLikeFurniture(Element node, boolean list, int weight, int embeds, int length) {
        int paragraphs = ReadabilityNodes.descendants(node, "p").size();
        int images = ReadabilityNodes.descendants(node, "img").size();
        int items = ReadabilityNodes.descendants(node, "li").size() - 100;
        int inputs = ReadabilityNodes.descendants(node, "input").size();
        double headings = textDensity(node, HEADINGS);
        double links = ReadabilityNodes.linkDensity(node);
        boolean inFigure = ReadabilityNodes.hasAncestor(node, "figure", 3);
        return !inFigure && images > 1 && (double) paragraphs / images < 0.5
                || !list && items > paragraphs
                || inputs > paragraphs / 3
                || !list && !inFigure && headings < 0.9 && length < 25 && (images == 0 || images > 2) && links > 0
                || !list && weight < 25 && links > 0.2
                || weight >= 25 && links > 0.5
                || embeds == 1 && length < 75 || embeds > 1
                || images == 0 && textDensity(node, TEXTISH) == 0;
    }

    /** A list whose every item is one image (a gallery) stays. */
    private static boolean isListOfImages(Element list) {
        if (list.children().stream().anyMatch(child -> child.childrenSize() > 1)) {
            return false;
        }
        return ReadabilityNodes.descendants(list, "img").size() == ReadabilityNodes.descendants(list, "li").size();
    }

    private static double listShare(Element node) {
        int length = ReadabilityNodes.innerText(node).length();
        if (length == 0) {
            return 0;
        }
        int inLists = ReadabilityNodes.descendants(node, "ul", "ol").stream().mapToInt(l -> l.text().length()).sum();
        return (double) inLists / length;
    }

    private static double textDensity(Element node, String... tags) {
        int length = ReadabilityNodes.innerText(node).length();
        if (length == 0) {
            return 0;
        }
        int inTags = ReadabilityNodes.descendants(node, tags).stream().mapToInt(e -> e.text().length()).sum();
        return (double) inTags / length;
    }

    private static int countOf(String text, char wanted) {
        return (int) text.chars().filter(c -> c == wanted).count();
    }
}
