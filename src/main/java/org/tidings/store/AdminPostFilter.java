package org.tidings.store;

import java.util.List;
import org.tidings.content.PostStatus;

/**
 * Which posts the admin's list shows, in any status. Null fields do not filter; {@code ownerUserId}
 * limits a contributor to their own posts; {@code categoryIds} holds a category and its descendants;
 * {@code titleContains} matches titles ignoring case.
 */
public record AdminPostFilter(PostStatus status, Long authorId, List<Long> categoryIds, Long sourceId,
        Long ownerUserId, String titleContains) {
}
