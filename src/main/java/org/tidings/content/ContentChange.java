package org.tidings.content;

import java.util.Set;

/**
 * What changed: the ids of posts created, edited, published, unpublished or deleted, or
 * {@code everything} when a change touches many posts (renaming a category, an import).
 */
public record ContentChange(Set<Long> postIds, boolean everything) {

    public static ContentChange posts(long... ids) {
        return new ContentChange(java.util.Arrays.stream(ids).boxed().collect(java.util.stream.Collectors.toUnmodifiableSet()),
                false);
    }

    public static ContentChange all() {
        return new ContentChange(Set.of(), true);
    }
}
