package org.tidings.transfer.wordpress;

import java.util.HashMap;
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

    // Compiled once per set of names; the callers name a few constant sets.
    private static final Map<String, Pattern> SHORTCODE = new ConcurrentHashMap<>();

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
        // No opening tag can end past the last "]": searching stops there instead of trying every "[" after it.
        int limit = protectedText.lastIndexOf(']') + 1;
        Closings closings = new Closings(protectedText);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (from < limit && m.region(from, limit).find()) {
            out.append(protectedText, from, m.start());
            Shortcode shortcode = shortcode(protectedText, m, closings);
            int end = m.end() + (shortcode.content() == null ? 0 : shortcode.content().length()
                    + shortcode.closing().length());
            boolean escaped = m.group(1).equals("[") && end < protectedText.length() && protectedText.charAt(end) == ']';
            if (escaped) {
                String whole = protectedText.substring(m.start(), end + 1);
                out.append(unescape ? whole.substring(1, whole.length() - 1) : whole);
                end++;
            } else {
                out.append(m.group(1)).append(render.apply(shortcode));
            }
            from = end;
        }
        return out.append(protectedText, from, protectedText.length()).toString();
    }

    /** {@code html} without the paragraph autop wrapped around a shortcode named by {@code names} alone in it. */
    static String unautop(String html, String names) {
        Matcher tag = pattern(names).matcher(html);
        Closings closings = new Closings(html);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int p = html.indexOf("<p>"); p >= 0; p = html.indexOf("<p>", p + 1)) {
            int start = skipSpaces(html, p + 3);
            if (p < from || !tag.region(start, html.length()).lookingAt() || !tag.group(1).isEmpty()) {
                continue;
            }
            int end = aloneUntil(html, tag, closings);
            if (end >= 0) {
                out.append(html, from, p).append(html, start, end);
                from = skipSpaces(html, end) + 4;
            }
        }
        return out.append(html, from, html.length()).toString();
    }

    // Where the shortcode at the matcher ends if only white space and "</p>" follow it (trying it with its
    // content first, as WordPress's expression does), else -1.
    private static int aloneUntil(String html, Matcher tag, Closings closings) {
        int close = tag.group(4) != null ? -1 : closings.next(tag.group(2), tag.end());
        for (int end : new int[] {close < 0 ? -1 : close + tag.group(2).length() + 3, tag.end()}) {
            if (end >= 0 && html.startsWith("</p>", skipSpaces(html, end))) {
                return end;
            }
        }
        return -1;
    }

    // WordPress's wp_spaces_regexp: blanks, no-break spaces and &nbsp;.
    private static int skipSpaces(String html, int at) {
        while (at < html.length()) {
            if ("\r\n\t \u00a0".indexOf(html.charAt(at)) >= 0) {
                at++;
            } else if (html.startsWith("&nbsp;", at)) {
                at += 6;
            } else {
                return at;
            }
        }
        return at;
    }

    // The opening tag only: WordPress's one expression also finds the content up to the closing tag, which
    // Java's engine would do recursively (a stack overflow on long contents); Closings finds it instead.
    private static Pattern pattern(String names) {
        return SHORTCODE.computeIfAbsent(names, n -> Pattern.compile(
                "\\[(\\[?)(" + n + ")(?![\\w-])([^\\]]*?)(?:(/)\\]|\\])"));
    }

    private static Shortcode shortcode(String text, Matcher m, Closings closings) {
        String name = m.group(2);
        int close = m.group(4) != null ? -1 : closings.next(name, m.end());
        String opening = text.substring(m.start() + m.group(1).length(), m.end());
        String content = close < 0 ? null : text.substring(m.end(), close);
        String closing = close < 0 ? "" : "[/" + name + "]";
        int end = close < 0 ? m.end() : close + closing.length();
        return Shortcode.of(name, m.group(3), content, opening, closing, m.group(4) != null,
                standsAlone(text, m.start(), end));
    }

    /** Where the next "[/name]" is, each name's remembered so that every search goes forward only. */
    private static final class Closings {
        private final String text;
        private final Map<String, Integer> next = new HashMap<>();

        Closings(String text) {
            this.text = text;
        }

        int next(String name, int from) {
            Integer known = next.get(name);
            if (known == null || (known >= 0 && known < from)) {
                known = text.indexOf("[/" + name + "]", from);
                next.put(name, known);
            }
            return known;
        }
    }

    // Alone on its line, or alone in a paragraph autop made; looks only at the blanks around it.
    private static boolean standsAlone(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        boolean aloneBefore = before < 0 || text.charAt(before) == '\n' || text.startsWith("<p>", before - 2);
        boolean aloneAfter = after == text.length() || text.charAt(after) == '\n' || text.startsWith("</p>", after)
                || text.startsWith("<br", after);
        return aloneBefore && aloneAfter;
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
