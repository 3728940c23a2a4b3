package org.tidings.transfer;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/** Turns plain-text blocks into HTML: paragraphs, bulleted and numbered lists, "> " quotes. */
final class ParagraphHtml {
    private static final Pattern BULLET = Pattern.compile("^[-*•–]\\s*(.+)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)]\\s+(.+)$");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?(.*)$");

    private ParagraphHtml() {
    }

    static String toHtml(List<String> blocks) {
        StringBuilder html = new StringBuilder();
        String open = null;
        for (String block : blocks) {
            String kind = kindOf(block);
            if (!kind.equals(open)) {
                close(html, open);
                open = kind.equals("p") ? null : kind;
                if (open != null) {
                    html.append('<').append(open).append('>');
                }
            }
            switch (kind) {
                case "ul" -> item(html, BULLET, block);
                case "ol" -> item(html, NUMBERED, block);
                case "blockquote" -> html.append("<p>").append(escape(QUOTE.matcher(block).replaceFirst("$1")))
                        .append("</p>");
                default -> html.append("<p>").append(escape(block)).append("</p>\n");
            }
        }
        close(html, open);
        return html.toString().strip();
    }

    private static String kindOf(String block) {
        if (BULLET.matcher(block).matches()) {
            return "ul";
        }
        if (NUMBERED.matcher(block).matches()) {
            return "ol";
        }
        return QUOTE.matcher(block).matches() ? "blockquote" : "p";
    }

    private static void item(StringBuilder html, Pattern pattern, String block) {
        var m = pattern.matcher(block);
        m.matches();
        html.append("<li>").append(escape(m.group(1))).append("</li>");
    }

    private static void close(StringBuilder html, String open) {
        if (open != null) {
            html.append("</").append(open).append(">\n");
        }
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
