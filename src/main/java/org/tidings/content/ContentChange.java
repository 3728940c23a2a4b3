package org.tidings.content;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * One committed write as the change log keeps it: the kinds of thing it touched and the posts
 * whose public view changed (created, edited, published, unpublished, deleted or re-filed).
 */
public record ContentChange(Set<ChangeKind> kinds, Set<Long> postIds) {

    public ContentChange {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        postIds = Set.copyOf(postIds);
    }

    public static ContentChange of(ChangeKind kind, Collection<Long> postIds) {
        return new ContentChange(Set.of(kind), Set.copyOf(postIds));
    }

    public boolean touches(ChangeKind kind) {
        return kinds.contains(kind);
    }

    /** Whether public pages (and feeds, sitemap) may read differently after it. */
    public boolean isPublic() {
        return kinds.stream().anyMatch(ChangeKind::isPublic);
    }
}
