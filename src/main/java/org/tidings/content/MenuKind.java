package org.tidings.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a site menu item links to: a term or page by id, a custom link by address, or one of the
 * site's index pages, which need neither.
 */
public enum MenuKind {
    CATEGORY("category"), SOURCE("source"), PAGE("page"), LINK("link"),
    CATEGORIES("categories"), TAGS("tags"), OUTLETS("outlets"), AUTHORS("authors"), ARCHIVES("archives");

    private final String db;

    MenuKind(String db) {
        this.db = db;
    }

    /** How the kind is stored and sent in forms. */
    public String db() {
        return db;
    }

    /** Whether the item names a category, outlet or page by its id. */
    public boolean hasTarget() {
        return this == CATEGORY || this == SOURCE || this == PAGE;
    }

    /** Whether the item is one of the site's index pages. */
    public boolean isIndex() {
        return !hasTarget() && this != LINK;
    }

    public static Optional<MenuKind> ofDb(String value) {
        return Arrays.stream(values()).filter(k -> k.db.equals(value)).findFirst();
    }
}
