package org.tidings.site;

import org.tidings.app.Templates;

/** Draws a page of a listing as HTML in the site's layout, from values alone: no request needed. */
public final class ListingHtml {
    private final Templates templates;

    public ListingHtml(Templates templates) {
        this.templates = templates;
    }

    public String render(ListingPage page, Site site) {
        return render(page, site, java.util.List.of());
    }

    /** The page with breadcrumbs {@code trail} above it (empty: none). */
    public String render(ListingPage page, Site site, java.util.List<Link> trail) {
        Listing listing = page.listing();
        PageMeta meta = new PageMeta(headTitle(page, site), listing.description(), site.absolute(page.path()),
                site)
                .withFeeds(FeedLinks.of(listing, site))
                .withOpenGraph(OpenGraph.website(listing.heading() == null ? site.title() : listing.heading()))
                .withBreadcrumbs(trail);
        Pagination pagination = new Pagination(page.number(), page.totalPages(), page.newerPath(), page.olderPath());
        return templates.render("site/listing.jte", new ListingView(meta, listing.heading(), listing.intro(),
                PostViews.cards(page.posts(), site), pagination));
    }

    /** "Tag: x – Page 2 – Site" for an archive; the home page shows the site's name and tagline first. */
    private static String headTitle(ListingPage page, Site site) {
        String pagePart = page.number() > 1 ? " – Page " + page.number() : "";
        String heading = page.listing().heading();
        if (heading == null) {
            return site.title() + (site.description().isBlank() ? "" : " – " + site.description()) + pagePart;
        }
        return heading + pagePart + " – " + site.title();
    }
}
