package org.tidings.curation;

import java.util.Map;

/**
 * The story an item was put in.
 *
 * @param story the story's id, shared by all items grouped with it
 * @param newStory true when the item started the story: nothing recent scored above the threshold
 * @param reason the best match and the terms behind its score (below the threshold for a new story)
 * @param moved other recent items whose story changed as the item's arrival regrouped them: item id -> story
 */
public record StoryAssignment(long story, boolean newStory, StoryReason reason, Map<String, Long> moved) {
    public StoryAssignment {
        moved = Map.copyOf(moved);
    }
}
