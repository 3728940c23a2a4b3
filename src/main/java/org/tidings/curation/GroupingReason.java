package org.tidings.curation;

import java.util.List;

/**
 * Why an item is in its story, as stored for the editor: the most similar earlier item (null when
 * none shared a telling term), the similarity score (0 to 1; the item joined that item's story when
 * it reached {@link StoryGrouper#DEFAULT_THRESHOLD}) and the shared terms that weighed most.
 */
public record GroupingReason(long itemId, Long matchedItemId, double score, List<StoryTerm> sharedTerms) {
    public GroupingReason {
        sharedTerms = List.copyOf(sharedTerms);
    }
}
