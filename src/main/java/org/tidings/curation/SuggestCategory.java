package org.tidings.curation;

import java.util.HashMap;
import java.util.Map;

/** What {@link CategorySuggester} knows of one category: its posts' term counts. Not thread-safe. */
final class SuggestCategory {
    private final String name;
    private final Map<String, Double> counts = new HashMap<>();
    private double total;
    private int examples;

    SuggestCategory(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    int examples() {
        return examples;
    }

    double total() {
        return total;
    }

    double count(String term) {
        return counts.getOrDefault(term, 0.0);
    }

    boolean isEmpty() {
        return examples <= 0;
    }

    /** Adds ({@code sign} 1) or removes (-1) a post's terms. */
    void change(Map<String, Integer> terms, int sign) {
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            double weight = sign * TextFeatures.tf(term.getValue());
            total += weight;
            if (counts.merge(term.getKey(), weight, Double::sum) <= 1e-9) {
                counts.remove(term.getKey());
            }
        }
        examples += sign;
    }
}
