package org.tidings.site;

import java.time.ZoneId;

/** What every public page knows of the site: its name, tagline, public address and time zone. */
public record Site(String title, String description, String baseUrl, ZoneId zone) {

    /** The absolute form of a site path such as {@code /category/x/}. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
