package org.tidings.site;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.tidings.content.HtmlSanitizer;

/**
 * Makes the web addresses written out in a post's text into links, when its page is drawn, so old
 * and imported posts gain them too. Text inside links, code and preformatted blocks is left as it is;
 * the result passes the sanitizer again, so it gets the same {@code rel} as every other link.
 */
final class BareUrls {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"\\u00a0\\u3000]+", Pattern.CASE_INSENSITIVE);
    // Punctuation that ends a sentence rather than an address.
    private static final String TRAILING = ".,;:!?'\"’”)]}>。、";

    private BareUrls() {
    }

    /** {@code safeHtml} (already sanitized) with its bare http(s) addresses linked. */
    static String link(String safeHtml) {
        if (safeHtml == null || !URL.matcher(safeHtml).find()) {
            return safeHtml;
        }
        Document document = Jsoup.parseBodyFragment(safeHtml);
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (TextNode text : textOutsideLinksAndCode(document.body())) {
            changed |= linkIn(text);
        }
        return changed ? HtmlSanitizer.sanitize(document.body().html()).html() : safeHtml;
    }

    private static List<TextNode> textOutsideLinksAndCode(Element root) {
        return root.select("*").stream()
                .filter(element -> element.closest("a, code, pre") == null)
                .flatMap(element -> element.textNodes().stream())
                .toList();
    }

    /** Splits {@code text} around the addresses in it, each becoming a link; whether there was any. */
    private static boolean linkIn(TextNode text) {
        String whole = text.getWholeText();
        Matcher matcher = URL.matcher(whole);
        Node last = text;
        int from = 0;
        boolean found = false;
        while (matcher.find()) {
            String url = trimmed(matcher.group());
            if (url.length() <= "https://".length()) {
                continue;
            }
            int end = matcher.start() + url.length();
            last = after(last, new TextNode(whole.substring(from, matcher.start())));
            last = after(last, new Element("a").attr("href", url).text(url));
            from = end;
            found = true;
        }
        if (found) {
            after(last, new TextNode(whole.substring(from)));
            text.remove();
        }
        return found;
    }

    private static Node after(Node node, Node next) {
        node.after(next);
        return next;
    }

    /** The address without the punctuation after it; a closing bracket stays when the address opened one. */
    private static String trimmed(String url) {
        int end = url.length();
        while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0
                && !closesOwnBracket(url.substring(0, end))) {
            end--;
        }
        return url.substring(0, end);
    }

    private static boolean closesOwnBracket(String url) {
        char last = url.charAt(url.length() - 1);
        return last == ')' && count(url, '(') >= count(url, ')');
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
