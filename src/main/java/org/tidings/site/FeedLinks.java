package org.tidings.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The feeds a page announces in its head: the whole site's, then those of the page's own listing. */
public final class FeedLinks {
    private FeedLinks() {
    }

    /** The site's feeds in every format. */
    public static List<FeedLink> site(Site site) {
        return of(site, site.title(), "/");
    }

    /** The site's feeds, then the listing's own under its title if it has any. */
    public static List<FeedLink> of(Listing listing, Site site) {
        List<FeedLink> links = new ArrayList<>(site(site));
        if (listing.kind().hasOwnFeeds()) {
            links.addAll(of(site, listing.title(), listing.basePath()));
        }
        return links;
    }

    private static List<FeedLink> of(Site site, String title, String base) {
        return Arrays.stream(FeedFormat.values())
                .map(f -> new FeedLink(title + " (" + f.label() + ")", f.mediaType(), site.absolute(Urls.feed(base, f))))
                .toList();
    }
}
