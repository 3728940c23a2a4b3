package org.tidings.site;

import java.time.ZoneId;
import java.util.List;
import org.tidings.i18n.Language;

/**
 * What every public page knows of the site: its name, tagline, public address, time zone and
 * the language of its own words.
 * The settings change while the site runs (on this node or another), so pages ask for them here
 * at each request rather than keeping a copy.
 */
public final class Site {
    /** The settings that change together, swapped as one so a page never mixes old and new. */
    private record Settings(String title, String description, ZoneId zone, Language language) {
    }

    private volatile Settings settings;
    private volatile List<Link> menu = List.of();
    private final String baseUrl;

    public Site(String title, String description, String baseUrl, ZoneId zone) {
        this(title, description, baseUrl, zone, Language.ENGLISH);
    }

    public Site(String title, String description, String baseUrl, ZoneId zone, Language language) {
        this.settings = new Settings(title, description, zone, language);
        this.baseUrl = baseUrl;
    }

    public String title() {
        return settings.title();
    }

    public String description() {
        return settings.description();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ZoneId zone() {
        return settings.zone();
    }

    /** The language of the site's own words: menus, labels, dates. Posts carry their own. */
    public Language language() {
        return settings.language();
    }

    /** Shows the site under {@code fresh}'s settings from the next page on (the caller read them from the store). */
    public void reload(Site fresh) {
        settings = fresh.settings;
    }

    /** The site menu as links, in its order: every public page's header lists them. */
    public List<Link> menu() {
        return menu;
    }

    /** Shows {@code links} as the site menu from the next page on (the caller read them from the store). */
    public void showMenu(List<Link> links) {
        menu = List.copyOf(links);
    }

    /** The absolute form of a site path such as {@code /category/x/}. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
