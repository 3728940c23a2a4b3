package org.tidings.curation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.tidings.search.UserQuery;

/**
 * The words of an editor's rule, read as a mail filter reads them: {@code refugee OR defector OR 탈북}
 * matches an item holding any of them; words side by side ({@code kim yo jong}) must all appear;
 * {@code "a phrase"} must appear as written; {@code -word} must not appear ({@code +word}, as in the
 * search, is just a word that must appear). Every word or phrase is
 * matched through the site search's analysis ({@link RuleAnalysis}), so forms and Korean word parts
 * match as they do in search.
 */
public final class RuleQuery {
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
     * Reads a rule's words as the site search reads a query ({@link UserQuery}), with {@code OR}
     * between alternatives; alternatives with nothing to look for (only stop words such as "the",
     * only exclusions) are dropped, so {@link #isEmpty} tells whether the rule can match at all.
     */
    public static RuleQuery parse(String words, RuleAnalysis analysis) {
        List<List<Clause>> alternatives = new ArrayList<>();
        List<Clause> current = new ArrayList<>();
        for (UserQuery.Clause word : UserQuery.parse(words).clauses()) {
            if (word.text().equals("OR") && word.occur() == Occur.SHOULD) {
                keep(current, alternatives);
                current = new ArrayList<>();
                continue;
            }
            Clause clause = clause(word.text(), word.occur() == Occur.MUST_NOT, analysis);
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

    private static Clause clause(String words, boolean excluded, RuleAnalysis analysis) {
        Map<RuleAnalysis.Language, List<RuleAnalysis.Term>> phrases = new EnumMap<>(RuleAnalysis.Language.class);
        for (RuleAnalysis.Language language : RuleAnalysis.languagesOf(words)) {
            List<RuleAnalysis.Term> terms = analysis.terms(language, words);
            if (!terms.isEmpty()) {
                int first = terms.get(0).offset();
                phrases.put(language, terms.stream()
                        .map(term -> new RuleAnalysis.Term(term.text(), term.offset() - first)).toList());
            }
        }
        return phrases.isEmpty() ? null : new Clause(phrases, excluded);
    }
}
