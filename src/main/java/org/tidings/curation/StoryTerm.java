package org.tidings.curation;

/**
 * A term two items share, as a reason to group them.
 *
 * @param word the term as written in the new item
 * @param weight its part of the score (the product of its tf-idf weights in both items)
 */
public record StoryTerm(String word, double weight) {
}
