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

    /** The site's feeds, then those of the listing at {@code base} titled {@code heading}. */
    public static List<FeedLink> siteAnd(Site site, String heading, String base) {
        List<FeedLink> links = new ArrayList<>(site(site));
        links.addAll(of(site, heading + " – " + site.title(), base));
        return links;
    }

    private static List<FeedLink> of(Site site, String title, String base) {
        return Arrays.stream(FeedFormat.values())
                .map(f -> new FeedLink(title + " (" + f.label() + ")", f.mediaType(), site.absolute(Urls.feed(base, f))))
                .toList();
    }
}
