package org.tidings.site;

import java.util.List;
import org.tidings.content.PostDetails;

/** Page {@code number} (from 1) of a listing of {@code totalPages}: its posts, newest first. */
public record ListingPage(Listing listing, int number, int totalPages, List<PostDetails> posts) {

    public ListingPage {
        posts = List.copyOf(posts);
    }

    public String path() {
        return listing.path(number);
    }

    /** The path of the page before, with newer posts; null on the first page. */
    public String newerPath() {
        return number > 1 ? listing.path(number - 1) : null;
    }

    /** The path of the page after, with older posts; null on the last page. */
    public String olderPath() {
        return number < totalPages ? listing.path(number + 1) : null;
    }
}
