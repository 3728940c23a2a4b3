package org.tidings.search;

import java.util.List;

/** The names of the index's fields; each searched text has an English and a Korean sub-field. */
final class SearchFields {
    static final String ID = "id";
    /** Stored only: the title and plain text that snippets are cut from. */
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** Searched only: outlet, category and tag names. */
    static final String LABELS = "labels";
    static final String PUBLISHED = "published";
    static final String UPDATED = "updated";
    static final String CATEGORY = "category";
    static final String SOURCE = "source";
    static final String ENGLISH = "_en";
    static final String KOREAN = "_ko";
    static final List<String> LANGUAGES = List.of(ENGLISH, KOREAN);

    private SearchFields() {
    }

    static String english(String field) {
        return field + ENGLISH;
    }

    static String korean(String field) {
        return field + KOREAN;
    }
}
