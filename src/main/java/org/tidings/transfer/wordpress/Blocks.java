package org.tidings.transfer.wordpress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gutenberg's block delimiters ({@code <!-- wp:paragraph -->}, {@code <!-- /wp:paragraph -->}): dropped, the
 * markup between them kept. A void block ({@code <!-- wp:latest-posts /-->}) has no markup: WordPress draws it
 * when the page is shown, so it goes, with a note.
 */
final class Blocks {
    // From WordPress's block parser (WP_Block_Parser::next_token).
    private static final Pattern DELIMITER = Pattern.compile("<!--\\s+(/)?wp:([a-z][a-z0-9_-]*/)?([a-z][a-z0-9_-]*)"
            + "\\s+(\\{(?:(?:[^}]+|}+(?=})|(?!}\\s+/?-->).)*+)?}\\s+)?(/)?-->", Pattern.DOTALL);

    private Blocks() {
    }

    /** Whether WordPress treats {@code content} as block content (and so does not run autop over it). */
    static boolean present(String content) {
        return content.contains("<!-- wp:");
    }

    static String delimitersDropped(String content, ConversionReport report) {
        Matcher m = DELIMITER.matcher(content);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group(5) != null) {
                String namespace = m.group(2) == null ? "" : m.group(2);
                report.note("block wp:" + namespace + m.group(3) + " (drawn by WordPress when shown) was dropped");
            }
            m.appendReplacement(out, "");
        }
        return m.appendTail(out).toString();
    }
}
