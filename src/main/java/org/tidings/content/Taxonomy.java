package org.tidings.content;

/** The kinds of named things posts are filed under, each with its own public archive. */
public enum Taxonomy {
    CATEGORY("category", "Categories", "Category"),
    TAG("tag", "Tags", "Tag"),
    SOURCE("source", "Outlets", "Outlet"),
    AUTHOR("author", "Authors", "Author");

    private final String key;
    private final String plural;
    private final String singular;

    Taxonomy(String key, String plural, String singular) {
        this.key = key;
        this.plural = plural;
        this.singular = singular;
    }

    /** The word used in paths, both public ({@code /category/x/}) and admin. */
    public String key() {
        return key;
    }

    public String plural() {
        return plural;
    }

    public String singular() {
        return singular;
    }

    /** The taxonomy whose {@link #key()} is {@code key}, or null. */
    public static Taxonomy byKey(String key) {
        for (Taxonomy taxonomy : values()) {
            if (taxonomy.key.equals(key)) {
                return taxonomy;
            }
        }
        return null;
    }
}
