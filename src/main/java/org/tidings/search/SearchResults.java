package org.tidings.search;

import java.util.List;

/**
 * One page of results. {@code total} is exact unless {@code totalIsLowerBound}; {@code pageCount}
 * stops at {@link SearchIndex#MAX_PAGES}. {@code nothingToSearch} says the text held no word to
 * look for (empty, only common words or only exclusions); {@code shortened} that it was cut.
 */
public record SearchResults(List<SearchHit> hits, long total, boolean totalIsLowerBound, int page, int pageCount,
        boolean nothingToSearch, boolean shortened) {

    static SearchResults nothing(boolean shortened) {
        return new SearchResults(List.of(), 0, false, 1, 0, true, shortened);
    }
}
