package org.tidings.site;

import java.util.Optional;
import org.tidings.store.PostFilter;
import org.tidings.store.PostStore;

/**
 * Cuts a listing into pages of ten published posts, newest first; the home page pins sticky posts
 * on top, as WordPress's front page does (archives and feeds stay in date order).
 */
public final class ListingPages {
    public static final int PER_PAGE = 10;
    private final PostStore posts;

    public ListingPages(PostStore posts) {
        this.posts = posts;
    }

    /** Page {@code number} of {@code listing}; empty past its last page. An empty listing has one, empty, page. */
    public Optional<ListingPage> page(Listing listing, int number) {
        int total = posts.countPublished(listing.filter());
        int totalPages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        if (number < 1 || number > totalPages) {
            return Optional.empty();
        }
        PostFilter order = listing.kind() == ListingKind.HOME ? listing.filter().withStickyFirst() : listing.filter();
        return Optional.of(new ListingPage(listing, number, totalPages,
                posts.newest(order, PER_PAGE, (number - 1) * PER_PAGE)));
    }
}
