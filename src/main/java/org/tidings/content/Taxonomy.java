package org.tidings.content;

import org.tidings.i18n.Messages;

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

    /** The singular in the site's words, lower case in English, for messages such as "Give the tag a name.". */
    public String word() {
        return Messages.t("words.taxonomy." + key);
    }

    /** The singular in the site's words, capitalised in English, to begin a message with. */
    public String capitalWord() {
        return Messages.t("words.taxonomy." + key + ".capital");
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
