package org.tidings.site;

import java.time.ZoneId;

/**
 * What every public page knows of the site: its name, tagline, public address and time zone.
 * Admins may rename the site and change its tagline while it runs (Settings), so pages ask for
 * them here at each request rather than keeping a copy.
 */
public final class Site {
    /** The two names that change together, swapped as one so a page never mixes old and new. */
    private record Names(String title, String description) {
    }

    private volatile Names names;
    private final String baseUrl;
    private final ZoneId zone;

    public Site(String title, String description, String baseUrl, ZoneId zone) {
        this.names = new Names(title, description);
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    public String title() {
        return names.title();
    }

    public String description() {
        return names.description();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Shows the site under a new title and tagline from the next page on (the caller stores them). */
    public void rename(String title, String description) {
        names = new Names(title, description);
    }

    /** The absolute form of a site path such as {@code /category/x/}. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
