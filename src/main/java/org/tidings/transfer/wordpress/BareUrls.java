package org.tidings.transfer.wordpress;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's {@code autoembed}: a URL alone on its line or in its paragraph is embedded (an embed block's URL
 * is one). Here the caller decides what it becomes.
 */
final class BareUrls {
    private static final String LINE_BREAK_IN_TAG = "<!-- wp-line-break -->";
    private static final Pattern ANY_URL = Pattern.compile("(?i)(^|\\s|>)https?://");
    private static final Pattern ON_ITS_LINE = Pattern.compile("^(\\s*)(https?://[^\\s<>\"]+)(\\s*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern IN_ITS_PARAGRAPH = Pattern.compile(
            "(<p(?: [^>]*)?>\\s*)(https?://[^\\s<>\"]+)(\\s*</p>)", Pattern.CASE_INSENSITIVE);

    private BareUrls() {
    }

    static String embedded(String html, UnaryOperator<String> embed) {
        String marked = newlinesInTagsMarked(html);
        if (!ANY_URL.matcher(marked).find()) {
            return html;
        }
        marked = Autop.replaceAll(ON_ITS_LINE, marked, m -> m.group(1) + embed.apply(m.group(2)) + m.group(3));
        marked = Autop.replaceAll(IN_ITS_PARAGRAPH, marked, m -> m.group(1) + embed.apply(m.group(2)) + m.group(3));
        return marked.replace(LINE_BREAK_IN_TAG, "\n");
    }

    private static String newlinesInTagsMarked(String html) {
        List<String> parts = Autop.htmlSplit(html);
        for (int i = 1; i < parts.size(); i += 2) {
            parts.set(i, parts.get(i).replace("\n", LINE_BREAK_IN_TAG));
        }
        return String.join("", parts);
    }
}
