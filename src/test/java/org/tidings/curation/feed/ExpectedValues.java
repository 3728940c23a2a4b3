package org.tidings.curation.feed;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Checks the parts of feedparser's Python expectations that Tidings' model holds: feed title and
 * link, the first items' guid, link, title, summary, content, author, dates and categories, and
 * the number of items. Titles and HTML are compared as text (our sanitizer is not feedparser's);
 * an expected {@code <img>} must come back as a link to the image. Everything else (bozo,
 * encodings, feedparser-only fields) is not checked.
 */
final class ExpectedValues {
    /** What one clause came to. */
    enum Verdict { PASSED, FAILED, NOT_CHECKED }

    record Clause(String text, Verdict verdict, String detail) {
    }

    private static final Pattern EQUALS = Pattern.compile("(.+?)\\s*==\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d)\\](.*)");
    private static final Pattern TAG = Pattern.compile("(?:\\['tags'\\]\\[(\\d)\\]\\['term'\\]|\\.tags\\[(\\d)\\]\\.term)");
    private static final Pattern TUPLE = Pattern.compile("\\((\\d+), (\\d+), (\\d+), (\\d+), (\\d+), (\\d+),.*\\)");

    private ExpectedValues() {
    }

    static List<Clause> check(String expect, ParsedFeed feed) {
        List<Clause> clauses = new ArrayList<>();
        for (String clause : splitAnd(expect)) {
            clauses.add(checkOne(clause.strip(), feed));
        }
        return clauses;
    }

    private static Clause checkOne(String clause, ParsedFeed feed) {
        Matcher ord = Pattern.compile("ord\\((.+)\\) == (\\d+)").matcher(clause);
        if (ord.matches()) {
            Function<ParsedFeed, Object> field = field(ord.group(1));
            if (field == null) {
                return new Clause(clause, Verdict.NOT_CHECKED, "field not in Tidings' model");
            }
            String text = asText(field.apply(feed));
            boolean same = text != null && text.codePointCount(0, text.length()) == 1
                    && text.codePointAt(0) == Integer.parseInt(ord.group(2));
            return new Clause(clause, same ? Verdict.PASSED : Verdict.FAILED, "got " + text);
        }
        Matcher equals = EQUALS.matcher(clause);
        if (!equals.matches() || equals.group(2).contains("==")) {
            return new Clause(clause, Verdict.NOT_CHECKED, "not an equality of one field");
        }
        String left = equals.group(1).strip();
        String right = equals.group(2).strip();
        if (left.equals("len(entries)")) {
            boolean same = feed.items().size() == Integer.parseInt(right);
            return new Clause(clause, same ? Verdict.PASSED : Verdict.FAILED, "got " + feed.items().size());
        }
        Function<ParsedFeed, Object> field = field(left);
        if (field == null || !(right.startsWith("'") || right.startsWith("\"") || right.startsWith("("))) {
            return new Clause(clause, Verdict.NOT_CHECKED, "field not in Tidings' model");
        }
        Object actual;
        try {
            actual = field.apply(feed);
        } catch (IndexOutOfBoundsException e) {
            return new Clause(clause, Verdict.FAILED, "no such item");
        }
        return compare(clause, left, right, actual);
    }

    private static Clause compare(String clause, String left, String right, Object actual) {
        if (right.startsWith("(")) {
            Matcher t = TUPLE.matcher(right);
            if (!t.matches()) {
                return new Clause(clause, Verdict.NOT_CHECKED, "tuple");
            }
            String expected = LocalDateTime.of(i(t, 1), i(t, 2), i(t, 3), i(t, 4), i(t, 5), i(t, 6))
                    .toInstant(ZoneOffset.UTC).toString();
            return verdict(clause, expected, String.valueOf(actual));
        }
        String expected = PythonStrings.literal(right);
        boolean html = left.contains("summary") || left.contains("description") || left.contains("content");
        if (html && expected.contains("<img")) {
            String src = Jsoup.parseBodyFragment(expected).select("img").attr("src");
            String got = String.valueOf(actual);
            boolean ok = !got.contains("<img") && (src.isEmpty() || got.contains("href=\"" + src + "\""));
            return new Clause(clause, ok ? Verdict.PASSED : Verdict.FAILED, "got " + got);
        }
        if (html || left.contains("title")) {
            return verdict(clause, Jsoup.parseBodyFragment(expected).text(), asText(actual));
        }
        return verdict(clause, expected, actual == null ? null : actual.toString());
    }

    private static Clause verdict(String clause, String expected, String actual) {
        boolean same = expected.equals(actual);
        return new Clause(clause, same ? Verdict.PASSED : Verdict.FAILED, "expected <" + expected + "> got <" + actual + ">");
    }

    /** How to read the field a Python expression names from our model, or null when we have none. */
    private static Function<ParsedFeed, Object> field(String path) {
        String p = path.replace("['title_detail']['value']", "['title']");
        switch (p) {
            case "feed['title']", "feed.title" -> {
                return ParsedFeed::title;
            }
            case "feed['link']", "feed.link" -> {
                return ParsedFeed::siteUrl;
            }
            default -> {
            }
        }
        Matcher entry = ENTRY.matcher(p);
        if (!entry.matches()) {
            return null;
        }
        int index = Integer.parseInt(entry.group(1));
        Function<ParsedItem, Object> itemField = itemField(entry.group(2));
        return itemField == null ? null : feed -> itemField.apply(feed.items().get(index));
    }

    private static Function<ParsedItem, Object> itemField(String rest) {
        Matcher tag = TAG.matcher(rest);
        if (tag.matches()) {
            int n = Integer.parseInt(tag.group(1) != null ? tag.group(1) : tag.group(2));
            return item -> item.categories().size() > n ? item.categories().get(n) : null;
        }
        return switch (rest) {
            case "['title']", ".title" -> ParsedItem::title;
            case "['id']", "['guid']" -> ParsedItem::guid;
            case "['link']" -> ParsedItem::url;
            case "['author']", "['author_detail']['name']" -> ParsedItem::author;
            case "['summary']", "['description']", ".summary" -> item -> item.summaryHtml().html();
            case "['content'][0]['value']" -> item -> item.contentHtml().html();
            case "['published']", "['published_parsed']", "['created_parsed']" -> ParsedItem::published;
            case "['updated']", "['updated_parsed']" -> ParsedItem::updated;
            case "['category']" -> item -> item.categories().isEmpty() ? null : item.categories().getFirst();
            default -> null;
        };
    }

    private static String asText(Object value) {
        return value == null ? null : Jsoup.parseBodyFragment(value.toString()).text();
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The clauses of a Python {@code and}, split outside string literals. */
    private static List<String> splitAnd(String expect) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        char quote = 0;
        for (int i = 0; i < expect.length(); i++) {
            char c = expect.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (expect.startsWith(" and ", i)) {
                parts.add(expect.substring(start, i));
                start = i + 5;
                i += 4;
            }
        }
        parts.add(expect.substring(start));
        return parts;
    }
}
