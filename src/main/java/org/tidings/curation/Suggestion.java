package org.tidings.curation;

import java.util.List;

/**
 * A category suggested for a text.
 *
 * @param category the category's name, as the site's posts carry it
 * @param score how likely the category is, 0 to 1 (the model's posterior probability)
 * @param drivingWords the text's words that point most to this category over the others, strongest first
 */
public record Suggestion(String category, double score, List<String> drivingWords) {
    public Suggestion {
        drivingWords = List.copyOf(drivingWords);
    }
}
