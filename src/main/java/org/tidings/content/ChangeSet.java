package org.tidings.content;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one write transaction changed, noted by the service that makes it; the write path appends
 * it to the change log in the same transaction. Not thread-safe: it lives inside one transaction.
 */
public final class ChangeSet {
    private final Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    private final Set<Long> postIds = new LinkedHashSet<>();

    /** Notes posts whose public view changed. */
    public ChangeSet posts(Collection<Long> ids) {
        kinds.add(ChangeKind.POSTS);
        postIds.addAll(ids);
        return this;
    }

    public ChangeSet post(long id) {
        kinds.add(ChangeKind.POSTS);
        postIds.add(id);
        return this;
    }

    /** Notes a change of another kind, with the posts it re-filed or renamed for readers. */
    public ChangeSet touched(ChangeKind kind, Collection<Long> ids) {
        kinds.add(kind);
        postIds.addAll(ids);
        return this;
    }

    public ChangeSet touched(ChangeKind kind) {
        kinds.add(kind);
        return this;
    }

    public boolean isEmpty() {
        return kinds.isEmpty();
    }

    public ContentChange toChange() {
        return new ContentChange(kinds, postIds);
    }
}
