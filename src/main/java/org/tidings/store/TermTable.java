package org.tidings.store;

import org.jdbi.v3.core.Handle;
import org.tidings.content.Taxonomy;

/** Where each taxonomy lives: its table, and how posts point at it (a link table or a column of posts). */
enum TermTable {
    CATEGORIES(NamedTable.CATEGORIES, "categories", "post_categories", "category_id"),
    TAGS(NamedTable.TAGS, "tags", "post_tags", "tag_id"),
    SOURCES(NamedTable.SOURCES, "sources", null, "source_id"),
    AUTHORS(NamedTable.AUTHORS, "authors", null, "author_id");

    private final NamedTable named;
    private final String table;
    private final String linkTable;
    private final String column;

    TermTable(NamedTable named, String table, String linkTable, String column) {
        this.named = named;
        this.table = table;
        this.linkTable = linkTable;
        this.column = column;
    }

    static TermTable of(Taxonomy taxonomy) {
        return switch (taxonomy) {
            case CATEGORY -> CATEGORIES;
            case TAG -> TAGS;
            case SOURCE -> SOURCES;
            case AUTHOR -> AUTHORS;
        };
    }

    NamedTable named() {
        return named;
    }

    String table() {
        return table;
    }

    /** A query of terms as {@link org.tidings.content.Term} rows, to which a WHERE or ORDER BY may follow. */
    String select() {
        String parent = this == CATEGORIES ? "t.parent_id" : "CAST(NULL AS BIGINT)";
        String count = linkTable != null
                ? "(SELECT COUNT(*) FROM " + linkTable + " l WHERE l." + column + " = t.id)"
                : "(SELECT COUNT(*) FROM posts p WHERE p." + column + " = t.id)";
        return "SELECT t.id, t.name, t.slug, " + parent + " AS parent_id, " + count + " AS post_count FROM "
                + table + " t";
    }

    /** The ids of the posts filed under the term {@code :id}, whatever their status. */
    String postIdsQuery() {
        return linkTable != null
                ? "SELECT post_id FROM " + linkTable + " WHERE " + column + " = :id ORDER BY post_id"
                : "SELECT id FROM posts WHERE " + column + " = :id ORDER BY id";
    }

    /** Files every post of {@code fromId} under {@code intoId} instead, keeping each post's order of terms. */
    void movePosts(Handle h, long fromId, long intoId) {
        if (linkTable == null) {
            h.createUpdate("UPDATE posts SET " + column + " = :into WHERE " + column + " = :from")
                    .bind("into", intoId).bind("from", fromId).execute();
            return;
        }
        h.createUpdate("INSERT INTO " + linkTable + " (post_id, " + column + ", sort_order) SELECT post_id, :into, "
                        + "sort_order FROM " + linkTable + " WHERE " + column + " = :from AND post_id NOT IN "
                        + "(SELECT post_id FROM " + linkTable + " WHERE " + column + " = :into)")
                .bind("into", intoId).bind("from", fromId).execute();
        h.createUpdate("DELETE FROM " + linkTable + " WHERE " + column + " = :from").bind("from", fromId).execute();
    }
}
