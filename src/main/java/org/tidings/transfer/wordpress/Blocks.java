package org.tidings.transfer.wordpress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gutenberg's block delimiters ({@code <!-- wp:paragraph -->}, {@code <!-- /wp:paragraph -->}): dropped, the
 * markup between them kept. A void block ({@code <!-- wp:latest-posts /-->}) has no markup: WordPress draws it
 * when the page is shown, so it goes, with a note.
 */
final class Blocks {
    // The start of a delimiter, from WordPress's block parser (WP_Block_Parser::next_token); its JSON attributes
    // and end are found by hand, since Java's engine recurses once per repetition (a stack overflow on large ones).
    private static final Pattern START = Pattern.compile("<!--\\s+(/)?wp:([a-z][a-z0-9_-]*/)?([a-z][a-z0-9_-]*)\\s+");

    private Blocks() {
    }

    /** Whether WordPress treats {@code content} as block content (and so does not run autop over it). */
    static boolean present(String content) {
        return content.contains("<!-- wp:");
    }

    static String delimitersDropped(String content, ConversionReport report) {
        Matcher m = START.matcher(content);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find(from)) {
            int end = content.indexOf("-->", m.end());
            String attributes = end < 0 ? "" : content.substring(m.end(), end);
            boolean isVoid = attributes.endsWith("/");
            attributes = (isVoid ? attributes.substring(0, attributes.length() - 1) : attributes).strip();
            if (end < 0 || !(attributes.isEmpty() || attributes.startsWith("{") && attributes.endsWith("}"))) {
                out.append(content, from, m.end());
                from = m.end();
                continue;
            }
            if (isVoid) {
                String namespace = m.group(2) == null ? "" : m.group(2);
                report.note("block wp:" + namespace + m.group(3) + " (drawn by WordPress when shown) was dropped");
            }
            out.append(content, from, m.start());
            from = end + 3;
        }
        return out.append(content, from, content.length()).toString();
    }
}
