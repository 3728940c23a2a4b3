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

    /**
     * Results pages are kept out of search engines (as WordPress does: otherwise anyone can make the site show
     * their words at an indexed address); the empty search form is an ordinary page.
     */
    public boolean noindex() {
        return summary != null;
    }
}
