package org.tidings.site;

import java.util.List;

/**
 * The search page: the form as filled in (dates only when valid), what was found, and messages
 * for the reader about what could not be used. {@code summary} is null before any search.
 */
public record SearchView(
        PageMeta meta,
        String q,
        String from,
        String to,
        List<Choice> categories,
        List<Choice> sources,
        List<String> notes,
        String summary,
        List<SearchHitView> hits,
        Pagination pagination) {
}
