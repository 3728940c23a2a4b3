package org.tidings.curation;

import java.util.Map;
import java.util.Set;

/**
 * The analysed terms of one text: how often each occurs (title words count more, see
 * {@link TextFeatures}) and, for explanations, the first word of the text that gave each term.
 *
 * @param language {@code en} or {@code ko}: the analysis that made the terms
 * @param counts term -> weighted count
 * @param shown term -> a word as written in the text (a stem such as "refuge" reads badly)
 * @param names the terms that once appeared as a name or number (see {@link TextFeatures})
 */
public record TextTerms(String language, Map<String, Integer> counts, Map<String, String> shown, Set<String> names) {
    public TextTerms {
        counts = Map.copyOf(counts);
        shown = Map.copyOf(shown);
        names = Set.copyOf(names);
    }

    /** The word to show for a term: as written in the text, else the term itself. */
    public String show(String term) {
        return shown.getOrDefault(term, term);
    }
}
