package org.tidings.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** What changed: the ids of posts created, edited, published, unpublished, deleted or re-filed. */
public record ContentChange(Set<Long> postIds) {

    public static ContentChange posts(long... ids) {
        return new ContentChange(Arrays.stream(ids).boxed().collect(Collectors.toUnmodifiableSet()));
    }

    public static ContentChange posts(Collection<Long> ids) {
        return new ContentChange(Set.copyOf(ids));
    }
}
