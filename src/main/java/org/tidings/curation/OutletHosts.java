package org.tidings.curation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidings.store.FeedStore.OutletAddress;

/**
 * Matches a feed to the outlet it belongs to by host ("www." aside): an outlet is known by its
 * homepage and by the URLs of its feeds and their sites, so a second section feed of an outlet
 * joins the first one's outlet.
 */
final class OutletHosts {
    private static final String[] SECTION_SEPARATORS = {" | ", " - ", " – ", " — ", ": "};

    private OutletHosts() {
    }

    /** The outlet at the host of one of {@code urls} (tried in order), if any. */
    static Optional<Long> match(List<OutletAddress> known, String... urls) {
        for (String url : urls) {
            String host = host(url);
            if (host == null) {
                continue;
            }
            for (OutletAddress address : known) {
                if (host.equals(host(address.url()))) {
                    return Optional.of(address.sourceId());
                }
            }
        }
        return Optional.empty();
    }

    /** A name for a new outlet: the feed's title without its section ("Reuters: World" is Reuters), else the host. */
    static String name(String feedTitle, String url) {
        String title = feedTitle == null ? "" : feedTitle.strip();
        for (String separator : SECTION_SEPARATORS) {
            int at = title.indexOf(separator);
            if (at > 0) {
                title = title.substring(0, at).strip();
            }
        }
        if (!title.isEmpty()) {
            return title.length() > 200 ? title.substring(0, 200) : title;
        }
        String host = host(url);
        return host == null ? url : host;
    }

    /** The host of an http(s) URL in lower case without "www.", or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
