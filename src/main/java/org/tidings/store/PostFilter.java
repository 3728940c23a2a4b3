package org.tidings.store;

import java.time.Instant;
import java.util.List;

/**
 * Which published posts a listing shows. Null fields do not filter; {@code categoryIds}
 * holds a category and its descendants, {@code from} is inclusive, {@code until} exclusive;
 * {@code stickyFirst} puts sticky posts before the others (the home page), newest first within each.
 */
public record PostFilter(List<Long> categoryIds, Long tagId, Long authorId, Long sourceId, Instant from, Instant until,
        boolean stickyFirst) {

    public PostFilter(List<Long> categoryIds, Long tagId, Long authorId, Long sourceId, Instant from, Instant until) {
        this(categoryIds, tagId, authorId, sourceId, from, until, false);
    }

    /** The same posts, sticky ones first, as WordPress's front page pins them. */
    public PostFilter withStickyFirst() {
        return new PostFilter(categoryIds, tagId, authorId, sourceId, from, until, true);
    }

    public static PostFilter all() {
        return new PostFilter(null, null, null, null, null, null);
    }

    public static PostFilter inCategories(List<Long> categoryIds) {
        return new PostFilter(List.copyOf(categoryIds), null, null, null, null, null);
    }

    public static PostFilter tagged(long tagId) {
        return new PostFilter(null, tagId, null, null, null, null);
    }

    public static PostFilter byAuthor(long authorId) {
        return new PostFilter(null, null, authorId, null, null, null);
    }

    public static PostFilter fromSource(long sourceId) {
        return new PostFilter(null, null, null, sourceId, null, null);
    }

    public static PostFilter between(Instant from, Instant until) {
        return new PostFilter(null, null, null, null, from, until);
    }
}
