package org.tidings.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;

/**
 * What a reader typed, read forgivingly: words, {@code "phrases in quotes"}, {@code +required} and
 * {@code -excluded} (both also before a phrase). Any other character is just text for the analyzers,
 * so no input is an error (curation rules read their words the same way); very long input is cut to {@link #MAX_LENGTH} characters and
 * {@link #MAX_CLAUSES} words or phrases, and {@code shortened} says so.
 */
public record UserQuery(List<Clause> clauses, boolean shortened) {
    static final int MAX_LENGTH = 500;
    static final int MAX_CLAUSES = 32;

    /** One word or phrase and whether it is wanted ({@code SHOULD}), required or excluded. */
    public record Clause(String text, Occur occur) {
    }

    public static UserQuery parse(String input) {
        String text = input == null ? "" : input.strip();
        boolean shortened = false;
        if (text.length() > MAX_LENGTH) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, cut);
            shortened = true;
        }
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            if (clauses.size() == MAX_CLAUSES) {
                shortened = true;
                break;
            }
            Occur occur = Occur.SHOULD;
            char first = text.charAt(i);
            if ((first == '+' || first == '-') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                occur = first == '+' ? Occur.MUST : Occur.MUST_NOT;
                i++;
            }
            boolean phrase = text.charAt(i) == '"';
            int start = phrase ? i + 1 : i;
            int end = phrase ? closingQuote(text, start) : wordEnd(text, start);
            clauses.add(new Clause(text.substring(start, end), occur));
            i = phrase && end < text.length() ? end + 1 : end;
        }
        return new UserQuery(List.copyOf(clauses), shortened);
    }

    private static int closingQuote(String text, int from) {
        int quote = text.indexOf('"', from);
        return quote < 0 ? text.length() : quote;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
