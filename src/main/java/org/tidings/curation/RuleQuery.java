package org.tidings.curation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of an editor's rule, read as a mail filter reads them: {@code refugee OR defector OR 탈북}
 * matches an item holding any of them; words side by side ({@code kim yo jong}) must all appear;
 * {@code "a phrase"} must appear as written; {@code -word} must not appear. Every word or phrase is
 * matched through the site search's analysis ({@link RuleAnalysis}), so forms and Korean word parts
 * match as they do in search.
 */
public final class RuleQuery {
    /** Long enough for any rule an editor types, short enough that matching stays cheap. */
    public static final int MAX_LENGTH = 500;
    private final List<List<Clause>> alternatives;

    /** One word or phrase, its terms in each analysis that looks it up, and whether it must not appear. */
    private record Clause(Map<RuleAnalysis.Language, List<RuleAnalysis.Term>> phrases, boolean excluded) {
        boolean foundIn(RuleAnalysis.Analysed text) {
            return phrases.entrySet().stream().anyMatch(phrase -> text.contains(phrase.getKey(), phrase.getValue()));
        }
    }

    private RuleQuery(List<List<Clause>> alternatives) {
        this.alternatives = alternatives;
    }

    /**
     * Reads a rule's words; alternatives with nothing to look for (blank, only stop words such as
     * "the", only exclusions) are dropped, so {@link #isEmpty} tells whether the rule can match at all.
     */
    public static RuleQuery parse(String words, RuleAnalysis analysis) {
        String text = words == null ? "" : words.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<List<Clause>> alternatives = new ArrayList<>();
        List<Clause> current = new ArrayList<>();
        for (Word word : split(text)) {
            if (word.text().equals("OR") && !word.quoted()) {
                keep(current, alternatives);
                current = new ArrayList<>();
                continue;
            }
            Clause clause = clause(word, analysis);
            if (clause != null) {
                current.add(clause);
            }
        }
        keep(current, alternatives);
        return new RuleQuery(List.copyOf(alternatives));
    }

    /** Whether the words hold nothing that could be looked for. */
    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /** Whether an analysed item text matches: one alternative has all its words and none it excludes. */
    public boolean matches(RuleAnalysis.Analysed text) {
        return alternatives.stream().anyMatch(clauses -> clauses.stream()
                .allMatch(clause -> clause.foundIn(text) != clause.excluded()));
    }

    private static void keep(List<Clause> clauses, List<List<Clause>> alternatives) {
        if (clauses.stream().anyMatch(clause -> !clause.excluded())) {
            alternatives.add(List.copyOf(clauses));
        }
    }

    private static Clause clause(Word word, RuleAnalysis analysis) {
        Map<RuleAnalysis.Language, List<RuleAnalysis.Term>> phrases = new EnumMap<>(RuleAnalysis.Language.class);
        for (RuleAnalysis.Language language : RuleAnalysis.languagesOf(word.text())) {
            List<RuleAnalysis.Term> terms = analysis.terms(language, word.text());
            if (!terms.isEmpty()) {
                int first = terms.get(0).offset();
                phrases.put(language, terms.stream()
                        .map(term -> new RuleAnalysis.Term(term.text(), term.offset() - first)).toList());
            }
        }
        return phrases.isEmpty() ? null : new Clause(phrases, word.excluded());
    }

    /** A word or quoted phrase as typed, without its quotes or minus. */
    private record Word(String text, boolean quoted, boolean excluded) {
    }

    private static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = text.charAt(i) == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            boolean quoted = text.charAt(start) == '"';
            int end = quoted ? closingQuote(text, start + 1) : wordEnd(text, start);
            words.add(new Word(text.substring(quoted ? start + 1 : start, end), quoted, excluded));
            i = quoted && end < text.length() ? end + 1 : end;
        }
        return words;
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
