package org.tidings.curation;

import java.util.Set;

/**
 * A categorised post to learn from.
 *
 * @param title its title
 * @param text its text (plain)
 * @param language {@code en}, {@code ko}, or null to find it from the text
 * @param categories the names of its categories
 */
public record SuggestExample(String title, String text, String language, Set<String> categories) {
    public SuggestExample {
        categories = Set.copyOf(categories);
    }
}
