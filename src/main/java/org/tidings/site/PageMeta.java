package org.tidings.site;

import java.util.List;

/**
 * The head of a page: its own title and description, its canonical absolute URL, the feeds it
 * announces, what it tells link previews (null: nothing) and its JSON-LD (null: none); what the
 * header and footer around it show of the site: its name, menu and tagline (blank: none); and the
 * page's breadcrumbs (empty: none), the last one the page itself (its url null).
 */
public record PageMeta(String title, String description, String canonicalUrl, String siteTitle, List<Link> menu,
        List<FeedLink> feeds, OpenGraph openGraph, String jsonLd, String tagline, List<Link> breadcrumbs) {

    /** A plain page head of {@code site} that announces no feeds and tells link previews nothing. */
    public PageMeta(String title, String description, String canonicalUrl, Site site) {
        this(title, description, canonicalUrl, site.title(), site.menu(), List.of(), null, null, site.description(),
                List.of());
    }

    public PageMeta withFeeds(List<FeedLink> newFeeds) {
        return new PageMeta(title, description, canonicalUrl, siteTitle, menu, List.copyOf(newFeeds), openGraph, jsonLd,
                tagline, breadcrumbs);
    }

    public PageMeta withOpenGraph(OpenGraph newOpenGraph) {
        return new PageMeta(title, description, canonicalUrl, siteTitle, menu, feeds, newOpenGraph, jsonLd, tagline,
                breadcrumbs);
    }

    public PageMeta withJsonLd(String newJsonLd) {
        return new PageMeta(title, description, canonicalUrl, siteTitle, menu, feeds, openGraph, newJsonLd, tagline,
                breadcrumbs);
    }

    public PageMeta withBreadcrumbs(List<Link> trail) {
        return new PageMeta(title, description, canonicalUrl, siteTitle, menu, feeds, openGraph, jsonLd, tagline,
                List.copyOf(trail));
    }

    /** The site's feeds in every format, for the footer: the same addresses whatever the page. */
    public List<Link> siteFeeds() {
        return java.util.Arrays.stream(FeedFormat.values())
                .map(f -> new Link(f.label(), Urls.feed(Urls.listing(ListingKind.HOME, ""), f))).toList();
    }
}
