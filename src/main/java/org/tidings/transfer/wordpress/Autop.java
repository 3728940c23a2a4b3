package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's automatic paragraphs, ported step by step from {@code autop} of npm's {@code @wordpress/autop}
 * (itself the JavaScript port of PHP's {@code wpautop}); that package is the test oracle, so the steps keep
 * its order and its JavaScript regular-expression meanings ({@link JsRegex}).
 */
final class Autop {
    private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol"
            + "|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside"
            + "|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";
    private static final String S = JsRegex.SPACE;
    // Before a leading S*: a match can only start where white space starts, which leaves the matches as they
    // are and spares retrying from every position inside a long run of spaces.
    private static final String RUN = "(?<!" + JsRegex.SPACE + ")";

    private static final Pattern DOUBLE_BR = Pattern.compile("<br" + S + "*/?>" + S + "*<br" + S + "*/?>");
    private static final Pattern BLOCK_OPEN = Pattern.compile("(<" + BLOCKS + "[" + JsRegex.SPACE_CHARS + "/>])");
    private static final Pattern BLOCK_CLOSE = Pattern.compile("(</" + BLOCKS + ">)");
    private static final Pattern LINE_ENDS = Pattern.compile("\r\n|\r");
    private static final Pattern OPTION_BEFORE = Pattern.compile(RUN + S + "*<option");
    private static final Pattern OPTION_AFTER = Pattern.compile("</option>" + S + "*");
    private static final Pattern OBJECT_OPEN = Pattern.compile("(<object[^>]*>)" + S + "*");
    private static final Pattern OBJECT_CLOSE = Pattern.compile(RUN + S + "*</object>");
    private static final Pattern OBJECT_PARTS = Pattern.compile(RUN + S + "*(</?(?:param|embed)[^>]*>)" + S + "*");
    private static final Pattern MEDIA_OPEN = Pattern.compile("([<\\[](?:audio|video)[^>\\]]*[>\\]])" + S + "*");
    private static final Pattern MEDIA_CLOSE = Pattern.compile(RUN + S + "*([<\\[]/(?:audio|video)[>\\]])");
    private static final Pattern MEDIA_SOURCES = Pattern.compile(RUN + S + "*(<(?:source|track)[^>]*>)" + S + "*");
    private static final Pattern FIGCAPTION_OPEN = Pattern.compile(RUN + S + "*(<figcaption[^>]*>)");
    private static final Pattern FIGCAPTION_CLOSE = Pattern.compile("</figcaption>" + S + "*");
    private static final Pattern BLANK_LINES = Pattern.compile("\n\n+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n" + S + "*\n");
    private static final Pattern EMPTY_P = Pattern.compile("<p>" + S + "*</p>");
    private static final Pattern P_BEFORE_CLOSE = Pattern.compile("<p>([^<]+)</(div|address|form)>");
    private static final Pattern P_AROUND_BLOCK = Pattern.compile(
            "<p>" + S + "*(</?" + BLOCKS + "[^>]*>)" + S + "*</p>");
    private static final Pattern P_AROUND_LI = Pattern.compile("<p>(<li" + JsRegex.ANY + "+?)</p>");
    private static final Pattern P_BLOCKQUOTE = Pattern.compile("<p><blockquote([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCKQUOTE_P = Pattern.compile("</blockquote></p>");
    private static final Pattern P_BEFORE_BLOCK = Pattern.compile("<p>" + S + "*(</?" + BLOCKS + "[^>]*>)");
    private static final Pattern P_AFTER_BLOCK = Pattern.compile("(</?" + BLOCKS + "[^>]*>)" + S + "*</p>");
    private static final Pattern NEWLINE_KEPT_OPEN = Pattern.compile("<(script|style|svg|math)");
    private static final Pattern SHORT_BR = Pattern.compile("<br>|<br/>");
    private static final Pattern BR_AFTER_BLOCK = Pattern.compile("(</?" + BLOCKS + "[^>]*>)" + S + "*<br />");
    private static final Pattern BR_BEFORE_TAG = Pattern.compile(
            "<br />(" + S + "*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)");
    private static final Pattern TRAILING_NEWLINE_P = Pattern.compile("\n</p>\\z");
    private static final Pattern WPNL = Pattern.compile(S + "?<!-- wpnl -->" + S + "?");

    private Autop() {
    }

    /** {@code text} with paragraphs and line breaks as WordPress adds them to classic (non-block) content. */
    static String autop(String text) {
        if (JsRegex.trim(text).isEmpty()) {
            return "";
        }
        text = text + "\n";
        List<String[]> preTags = new ArrayList<>();
        if (text.contains("<pre")) {
            text = setPreAside(text, preTags);
        }
        text = DOUBLE_BR.matcher(text).replaceAll("\n\n");
        text = BLOCK_OPEN.matcher(text).replaceAll("\n\n$1");
        text = BLOCK_CLOSE.matcher(text).replaceAll("$1\n\n");
        text = LINE_ENDS.matcher(text).replaceAll("\n");
        text = newlinesInTagsMarked(text);
        text = tidyEmbeddedObjects(text);
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        text = paragraphs(text);
        text = tidyParagraphs(text);
        text = lineBreaks(text);
        text = BR_AFTER_BLOCK.matcher(text).replaceAll("$1");
        text = BR_BEFORE_TAG.matcher(text).replaceAll("$1");
        text = TRAILING_NEWLINE_P.matcher(text).replaceAll("</p>");
        for (String[] pre : preTags) {
            text = replaceFirstLiteral(text, pre[0], pre[1]);
        }
        if (text.contains("<!-- wpnl -->")) {
            text = WPNL.matcher(text).replaceAll("\n");
        }
        return text;
    }

    /**
     * {@code input} cut into text and tags (comments and CDATA whole) alternately: even indexes hold text,
     * odd ones a tag.
     */
    static List<String> htmlSplit(String input) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int start = input.indexOf('<'); start >= 0; start = input.indexOf('<', from)) {
            parts.add(input.substring(from, start));
            from = tagEnd(input, start);
            parts.add(input.substring(start, from));
        }
        if (from < input.length()) {
            parts.add(input.substring(from));
        }
        return parts;
    }

    // Where the tag, comment or CDATA section opening at {@code start} ends, as the JavaScript's regular
    // expression reads it; scanned by hand, since Java's regex engine recurses per repetition and a long
    // run of dashes would overflow the stack.
    private static int tagEnd(String text, int start) {
        int at = start + 1;
        if (text.startsWith("!--", at)) {
            at++;
            while (at < text.length() && text.charAt(at) == '-' && !text.startsWith("->", at + 1)) {
                at++;
                while (at < text.length() && text.charAt(at) != '-') {
                    at++;
                }
            }
            return text.startsWith("-->", at) ? at + 3 : at;
        }
        if (text.startsWith("![CDATA[", at)) {
            int bracket = text.indexOf(']', at + 8);
            at = bracket < 0 ? text.length() : bracket;
            return text.startsWith("]]>", at) ? at + 3 : at;
        }
        int close = text.indexOf('>', at);
        return close < 0 ? text.length() : close + 1;
    }

    // <pre> blocks wait aside, verbatim, behind placeholders numbered as the JavaScript numbers them.
    private static String setPreAside(String text, List<String[]> preTags) {
        String[] parts = text.split(Pattern.quote("</pre>"), -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            int start = parts[i].indexOf("<pre");
            if (start < 0) {
                kept.append(parts[i]);
                continue;
            }
            String name = "<pre wp-pre-tag-" + i + "></pre>";
            preTags.add(new String[] {name, parts[i].substring(start) + "</pre>"});
            kept.append(parts[i], 0, start).append(name);
        }
        return kept.append(parts[parts.length - 1]).toString();
    }

    // Newlines inside tags must not become paragraph breaks: they wait as markers.
    private static String newlinesInTagsMarked(String text) {
        List<String> parts = htmlSplit(text);
        boolean changed = false;
        for (int i = 1; i < parts.size(); i += 2) {
            if (parts.get(i).indexOf('\n') >= 0) {
                parts.set(i, parts.get(i).replace("\n", " <!-- wpnl --> "));
                changed = true;
            }
        }
        return changed ? String.join("", parts) : text;
    }

    private static String tidyEmbeddedObjects(String text) {
        if (text.contains("<option")) {
            text = OPTION_BEFORE.matcher(text).replaceAll("<option");
            text = OPTION_AFTER.matcher(text).replaceAll("</option>");
        }
        if (text.contains("</object>")) {
            text = OBJECT_OPEN.matcher(text).replaceAll("$1");
            text = OBJECT_CLOSE.matcher(text).replaceAll("</object>");
            text = OBJECT_PARTS.matcher(text).replaceAll("$1");
        }
        if (text.contains("<source") || text.contains("<track")) {
            text = MEDIA_OPEN.matcher(text).replaceAll("$1");
            text = MEDIA_CLOSE.matcher(text).replaceAll("$1");
            text = MEDIA_SOURCES.matcher(text).replaceAll("$1");
        }
        if (text.contains("<figcaption")) {
            // Only the first of each, as the JavaScript (a regular expression without its g flag) does.
            text = FIGCAPTION_OPEN.matcher(text).replaceFirst("$1");
            text = FIGCAPTION_CLOSE.matcher(text).replaceFirst("</figcaption>");
        }
        return text;
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String piece : PARAGRAPH_BREAK.split(text, -1)) {
            if (!piece.isEmpty()) {
                html.append("<p>").append(stripNewlines(piece)).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static String tidyParagraphs(String text) {
        text = EMPTY_P.matcher(text).replaceAll("");
        text = P_BEFORE_CLOSE.matcher(text).replaceAll("<p>$1</p></$2>");
        text = P_AROUND_BLOCK.matcher(text).replaceAll("$1");
        text = P_AROUND_LI.matcher(text).replaceAll("$1");
        text = P_BLOCKQUOTE.matcher(text).replaceAll("<blockquote$1><p>");
        text = BLOCKQUOTE_P.matcher(text).replaceAll("</p></blockquote>");
        text = P_BEFORE_BLOCK.matcher(text).replaceAll("$1");
        return P_AFTER_BLOCK.matcher(text).replaceAll("$1");
    }

    private static String lineBreaks(String text) {
        text = newlinesKeptInScripts(text);
        text = SHORT_BR.matcher(text).replaceAll("<br />");
        text = lineBreaksMarked(text);
        return text.replace("<WPPreserveNewline />", "\n");
    }

    // The JavaScript's /<(script|style|svg|math)[\s\S]*?<\/\1>/g, without retrying the end of the text from
    // every opening that has no closing tag.
    private static String newlinesKeptInScripts(String text) {
        Matcher open = NEWLINE_KEPT_OPEN.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        Set<String> unclosed = new HashSet<>();
        while (open.find(from)) {
            String name = open.group(1);
            int close = unclosed.contains(name) ? -1 : text.indexOf("</" + name + ">", open.end());
            if (close < 0) {
                unclosed.add(name);
                out.append(text, from, open.start() + 1);
                from = open.start() + 1;
                continue;
            }
            int end = close + name.length() + 3;
            out.append(text, from, open.start()).append(text.substring(open.start(), end)
                    .replace("\n", "<WPPreserveNewline />"));
            from = end;
        }
        return out.append(text, from, text.length()).toString();
    }

    // The JavaScript's replace(/(<br \/>)?\s*\n/g, ...) by hand, for speed: each run of white space holding a
    // newline, up to its last newline, becomes "<br />\n" unless a "<br />" already stands before it.
    private static String lineBreaksMarked(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 16);
        int from = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
            int runStart = newline;
            while (runStart > from && JsRegex.isSpace(text.charAt(runStart - 1))) {
                runStart--;
            }
            int last = newline;
            for (int at = newline + 1; at < text.length() && JsRegex.isSpace(text.charAt(at)); at++) {
                if (text.charAt(at) == '\n') {
                    last = at;
                }
            }
            boolean afterBreak = text.startsWith("<br />", runStart - 6);
            out.append(text, from, runStart).append(afterBreak ? text.substring(runStart, last + 1) : "<br />\n");
            from = last + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static String stripNewlines(String piece) {
        int start = 0;
        int end = piece.length();
        while (start < end && piece.charAt(start) == '\n') {
            start++;
        }
        while (end > start && piece.charAt(end - 1) == '\n') {
            end--;
        }
        return piece.substring(start, end);
    }

    private static String replaceFirstLiteral(String text, String target, String replacement) {
        int at = text.indexOf(target);
        return at < 0 ? text : text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    static String replaceAll(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }
}
