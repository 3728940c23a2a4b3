package org.tidings.curation;

import java.util.List;

/**
 * Why an item joined a story, or what came closest when it started one.
 *
 * @param matchedItem the most similar recent item, or null when no recent item shares a telling term
 * @param score cosine similarity of the two items' tf-idf vectors, 0 to 1
 * @param sharedTerms the shared terms that weigh most in the score, heaviest first
 */
public record StoryReason(String matchedItem, double score, List<StoryTerm> sharedTerms) {
    public StoryReason {
        sharedTerms = List.copyOf(sharedTerms);
    }

    static StoryReason none() {
        return new StoryReason(null, 0, List.of());
    }
}
