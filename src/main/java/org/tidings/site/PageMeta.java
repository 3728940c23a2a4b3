package org.tidings.site;

import java.util.List;

/**
 * The head of a page: its own title and description, its canonical absolute URL, the feeds it
 * announces, what it tells link previews (null: nothing) and its JSON-LD (null: none); and what
 * the header around it shows of the site: its name and menu.
 */
public record PageMeta(String title, String description, String canonicalUrl, String siteTitle, List<Link> menu,
        List<FeedLink> feeds, OpenGraph openGraph, String jsonLd) {

    /** A plain page head of {@code site} that announces no feeds and tells link previews nothing. */
    public PageMeta(String title, String description, String canonicalUrl, Site site) {
        this(title, description, canonicalUrl, site.title(), site.menu(), List.of(), null, null);
    }

    public PageMeta withFeeds(List<FeedLink> newFeeds) {
        return new PageMeta(title, description, canonicalUrl, siteTitle, menu, List.copyOf(newFeeds), openGraph, jsonLd);
    }

    public PageMeta withOpenGraph(OpenGraph newOpenGraph) {
        return new PageMeta(title, description, canonicalUrl, siteTitle, menu, feeds, newOpenGraph, jsonLd);
    }

    public PageMeta withJsonLd(String newJsonLd) {
        return new PageMeta(title, description, canonicalUrl, siteTitle, menu, feeds, openGraph, newJsonLd);
    }
}
