package org.tidings.curation;

/**
 * The story an item was put in.
 *
 * @param story the story's id, shared by all items grouped with it
 * @param newStory true when the item started the story: nothing recent scored above the threshold
 * @param reason the best match and the terms behind its score (below the threshold for a new story)
 */
public record StoryAssignment(long story, boolean newStory, StoryReason reason) {
}
