package org.tidings.site;

import org.tidings.store.PostFilter;

/**
 * An archive of published posts as data, the same for its pages, its feeds and the sitemap: its
 * kind, the path of its first page, its heading (null on the home page), its name in feeds and
 * feed links, the intro under its heading (null or blank: none), its description, and what it selects.
 */
public record Listing(ListingKind kind, String basePath, String heading, String title, String intro,
        String description, PostFilter filter) {

    /** The path of page {@code page}; page 1 is {@link #basePath()} itself. */
    public String path(int page) {
        return Urls.page(basePath, page);
    }
}
