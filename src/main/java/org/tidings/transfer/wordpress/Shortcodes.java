package org.tidings.transfer.wordpress;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds shortcodes the way WordPress's {@code get_shortcode_regex} does and replaces each with what a renderer
 * makes of it; also WordPress's {@code shortcode_unautop}, which takes shortcodes that stand alone out of the
 * paragraphs autop put them in.
 */
final class Shortcodes {
    /** Any shortcode name, where WordPress lists only the registered ones. */
    static final String ANY_NAME = "[\\w-]+";

    private static final String SPACES = "(?:[\\r\\n\\t ]|\\u00a0|&nbsp;)";
    // Compiled once per set of names; the callers name a few constant sets.
    private static final Map<String, Pattern> SHORTCODE = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> ALONE_IN_PARAGRAPH = new ConcurrentHashMap<>();

    private Shortcodes() {
    }

    /**
     * {@code text} with every shortcode named by {@code names} (a regular expression) replaced by
     * {@code render}'s answer; {@code [[name]]}, WordPress's escape, loses one pair of brackets only when
     * {@code unescape} is set and is left alone otherwise.
     */
    static String replace(String text, String names, boolean unescape, Function<Shortcode, String> render) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        String protectedText = bracketsInTagsEscaped(text);
        Matcher m = pattern(names).matcher(protectedText);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            out.append(protectedText, from, m.start());
            from = m.end();
            boolean escaped = m.group(1).equals("[") && m.group(6).equals("]");
            if (escaped) {
                out.append(unescape ? m.group().substring(1, m.group().length() - 1) : m.group());
                continue;
            }
            out.append(m.group(1)).append(render.apply(shortcode(protectedText, m))).append(m.group(6));
        }
        return out.append(protectedText, from, protectedText.length()).toString();
    }

    /** {@code html} without the paragraph autop wrapped around a shortcode named by {@code names} alone in it. */
    static String unautop(String html, String names) {
        Pattern alone = ALONE_IN_PARAGRAPH.computeIfAbsent(names, n -> Pattern.compile(
                "<p>" + SPACES + "*+(\\[(" + n + ")(?![\\w-])[^\\]/]*(?:/(?!\\])[^\\]/]*)*?"
                + "(?:/\\]|\\](?:[^\\[]*+(?:\\[(?!/\\2\\])[^\\[]*+)*+\\[/\\2\\])?))" + SPACES + "*+</p>"));
        return alone.matcher(html).replaceAll("$1");
    }

    private static Pattern pattern(String names) {
        return SHORTCODE.computeIfAbsent(names, n -> Pattern.compile(
                "\\[(\\[?)(" + n + ")(?![\\w-])([^\\]/]*(?:/(?!\\])[^\\]/]*)*?)"
                + "(?:(/)\\]|\\](?:([^\\[]*+(?:\\[(?!/\\2\\])[^\\[]*+)*+)\\[/\\2\\])?)(\\]?)"));
    }

    private static Shortcode shortcode(String text, Matcher m) {
        int end = m.end() - m.group(6).length();
        String opening = text.substring(m.start() + m.group(1).length(), m.group(5) != null ? m.start(5) : end);
        String closing = m.group(5) == null ? "" : text.substring(m.end(5), end);
        return Shortcode.of(m.group(2), m.group(3), m.group(5), opening, closing, m.group(4) != null,
                standsAlone(text, m.start(), m.end()));
    }

    // Alone on its line, or alone in a paragraph autop made.
    private static boolean standsAlone(String text, int start, int end) {
        String before = text.substring(text.lastIndexOf('\n', start - 1) + 1, start).strip();
        int lineEnd = text.indexOf('\n', end);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
        return (before.isEmpty() || before.endsWith("<p>"))
                && (after.isEmpty() || after.startsWith("</p>") || after.startsWith("<br"));
    }

    // As WordPress does first, brackets inside tags (attribute values) are not shortcodes: their entities are.
    private static String bracketsInTagsEscaped(String html) {
        List<String> parts = Autop.htmlSplit(html);
        for (int i = 1; i < parts.size(); i += 2) {
            String tag = parts.get(i);
            if (!tag.startsWith("<!") && (tag.indexOf('[') >= 0 || tag.indexOf(']') >= 0)) {
                parts.set(i, tag.replace("[", "&#91;").replace("]", "&#93;"));
            }
        }
        return String.join("", parts);
    }
}
