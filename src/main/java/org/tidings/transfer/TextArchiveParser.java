package org.tidings.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.content.TidingsException;

/**
 * Reads plain-text archive captures: an optional "Category: NAME" line, then posts, each a
 * title line, a "Posted on DATE by AUTHOR" line, paragraphs, and an optional "[Outlet]" line.
 */
final class TextArchiveParser {
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Pattern HEADER = Pattern.compile("^Category:\\s*(.+?)\\s*$");
    private static final Pattern POSTED = Pattern.compile(
            "^Posted\\b(?:\\s+on\\b\\s*(?<date>.*?))?(?:\\s*\\bby\\b\\s*(?<author>.*?))?\\s*$");
    private static final Pattern SOURCE = Pattern.compile("^\\[([^\\[\\]]{1,120})]$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern AFTER_AUTHOR = Pattern.compile("\\s+[|·—–]\\s*|(?i)\\s*\\b(leave a comment|\\d+ comments?)\\b");
    private static final int MAX_TITLE_LENGTH = 300;

    private TextArchiveParser() {
    }

    /** Parses {@code bytes}, or says in one sentence why they are not a text capture. */
    static TextArchive parse(byte[] bytes) {
        checkSize(bytes.length);
        List<String> lines = lines(decode(bytes));
        if (lines.stream().allMatch(String::isBlank)) {
            throw new TidingsException("the file is empty");
        }
        List<Integer> postedLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (POSTED.matcher(lines.get(i)).matches()) {
                postedLines.add(i);
            }
        }
        if (postedLines.isEmpty()) {
            throw new TidingsException("no posts found: a capture has a \"Posted on DATE by AUTHOR\" line under each title");
        }
        return split(lines, postedLines);
    }

    /** Refuses captures too large to be one archive page, before they are read. */
    static void checkSize(long bytes) {
        if (bytes > MAX_BYTES) {
            throw new TidingsException(String.format("the file is %.1f MB; a text capture may be at most %d MB",
                    bytes / 1048576.0, MAX_BYTES / 1048576));
        }
    }

    private static TextArchive split(List<String> lines, List<Integer> postedLines) {
        int headerLine = firstNonBlank(lines, 0);
        Matcher header = HEADER.matcher(lines.get(headerLine));
        String category = header.matches() && headerLine < postedLines.getFirst() ? header.group(1) : null;
        int floor = category == null ? 0 : headerLine + 1;
        int[] titles = new int[postedLines.size()];
        for (int k = 0; k < postedLines.size(); k++) {
            int lowest = k == 0 ? floor : postedLines.get(k - 1) + 1;
            titles[k] = titleLine(lines, postedLines.get(k), lowest);
        }
        List<ArchivePost> posts = new ArrayList<>();
        List<ImportOutcome.Skipped> skipped = new ArrayList<>();
        for (int k = 0; k < postedLines.size(); k++) {
            int posted = postedLines.get(k);
            int end = k + 1 < postedLines.size()
                    ? (titles[k + 1] >= 0 ? titles[k + 1] : postedLines.get(k + 1)) : lines.size();
            if (titles[k] < 0) {
                skipped.add(new ImportOutcome.Skipped("", "line " + (posted + 1) + ": a post without a title"));
                continue;
            }
            posts.add(post(lines, titles[k], posted, end));
        }
        return new TextArchive(category, posts, skipped);
    }

    /** The title line above a "Posted on" line, or -1 when what stands there cannot be a title. */
    private static int titleLine(List<String> lines, int posted, int lowest) {
        int i = posted - 1;
        while (i >= lowest && lines.get(i).isBlank()) {
            i--;
        }
        if (i < lowest) {
            return -1;
        }
        String candidate = lines.get(i).strip();
        boolean plausible = candidate.length() <= MAX_TITLE_LENGTH && !SOURCE.matcher(candidate).matches()
                && !POSTED.matcher(candidate).matches();
        return plausible ? i : -1;
    }

    private static ArchivePost post(List<String> lines, int title, int posted, int end) {
        Matcher byline = POSTED.matcher(lines.get(posted));
        byline.matches();
        List<String> body = new ArrayList<>();
        for (int i = posted + 1; i < end; i++) {
            if (!lines.get(i).isBlank()) {
                body.add(lines.get(i).strip());
            }
        }
        String source = null;
        if (!body.isEmpty()) {
            Matcher sourceLine = SOURCE.matcher(body.getLast());
            if (sourceLine.matches()) {
                source = sourceLine.group(1).strip();
                body.removeLast();
            }
        }
        return new ArchivePost(title + 1, lines.get(title).strip(), ArchiveDates.parse(byline.group("date")),
                authorName(byline.group("author")), List.copyOf(body), source, readMoreUrl(body));
    }

    /** The address in a "Read more" line, when the capture kept one. */
    private static String readMoreUrl(List<String> body) {
        for (String line : body) {
            if (line.toLowerCase().contains("read more")) {
                Matcher url = URL.matcher(line);
                if (url.find()) {
                    return url.group().replaceAll("[.,;:)]+$", "");
                }
            }
        }
        return null;
    }

    private static String decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new TidingsException("the file holds binary data, not a plain-text capture");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new TidingsException("the file is not UTF-8 text (is it binary, or in another encoding?)");
        }
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static int firstNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return Math.min(i, lines.size() - 1);
    }

    /** The author's name without what themes print after it ("| Leave a comment", "— 3 Comments"). */
    private static String authorName(String byline) {
        if (byline == null) {
            return null;
        }
        String name = AFTER_AUTHOR.split(byline, 2)[0].strip();
        return name.isEmpty() ? null : name;
    }
}
