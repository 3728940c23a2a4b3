package org.tidings.search;

import java.util.List;

/** Escapes a stretch of text for HTML and wraps the given matches in {@code <mark>}. */
final class Marked {
    private Marked() {
    }

    /** {@code text[start, end)} as HTML; {@code matches} are ordered, non-overlapping [start, end) offsets. */
    static String html(String text, List<int[]> matches, int start, int end) {
        StringBuilder html = new StringBuilder(end - start + 32);
        int at = start;
        for (int[] match : matches) {
            int from = Math.max(match[0], at);
            int to = Math.min(match[1], end);
            if (from >= to) {
                continue;
            }
            escape(text, at, from, html);
            html.append("<mark>");
            escape(text, from, to, html);
            html.append("</mark>");
            at = to;
        }
        escape(text, at, end, html);
        return html.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
