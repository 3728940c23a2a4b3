package org.tidings.search;

import java.time.Instant;
import java.util.List;

/**
 * A search as a reader asks it: the text they typed and optional filters. {@code categoryIds}
 * holds a category and its descendants (empty: any), {@code from} is inclusive and {@code until}
 * exclusive (null: open), {@code page} counts from 1.
 */
public record SearchQuery(String text, List<Long> categoryIds, Long sourceId, Instant from, Instant until, int page) {

    public SearchQuery {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** The first page of results for {@code text}, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), null, null, null, 1);
    }
}
