package org.tidings.site;

/**
 * The kinds of archive the site lists posts by. {@link Archives} defines what each selects and
 * how it is named; {@link Urls#listing} where it lives.
 */
public enum ListingKind {
    HOME, CATEGORY, TAG, AUTHOR, SOURCE, YEAR, MONTH, DAY;

    /** Whether the archive has feeds of its own below its path; the home page's feeds are the site's. */
    public boolean hasOwnFeeds() {
        return this == CATEGORY || this == TAG || this == AUTHOR || this == SOURCE;
    }

    /** Whether feeds are served at the archive's {@code feed/}: the site's at the home page, and the archives' own. */
    public boolean hasFeeds() {
        return this == HOME || hasOwnFeeds();
    }
}
