package org.tidings.content;

import java.util.List;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * Changes to categories, tags, outlets and authors, each one write on the change log. A changed
 * or merged-away archive address answers 301 to the new one; the log names the posts filed under
 * the terms that changed, so the search index reindexes just those.
 */
public final class Terms {
    private final ContentService content;

    Terms(ContentService content) {
        this.content = content;
    }

    /** Creates a term (a category under {@code parentId}, null for top level); returns its id. */
    public long create(Taxonomy taxonomy, String name, Long parentId) {
        requireName(taxonomy, name);
        return content.database().writeReturning(changes -> {
            long id = stores().terms().create(taxonomy, name);
            if (taxonomy == Taxonomy.CATEGORY && parentId != null) {
                stores().terms().setParent(id, parentId);
            }
            changes.touched(ChangeKind.TERMS);
            return id;
        });
    }

    /**
     * The id of the category named {@code name} (under the category named {@code parentName}, null
     * for top level), created with {@code description} if there is none: for imports and set-ups.
     */
    public long findOrCreateCategory(String name, String parentName, String description) {
        requireName(Taxonomy.CATEGORY, name);
        return content.database().writeReturning(changes -> {
            changes.touched(ChangeKind.TERMS);
            return stores().categories().findOrCreate(name, parentName, description);
        });
    }

    /** Renames a term and gives it a slug (blank: from the name). */
    public void rename(Taxonomy taxonomy, long id, String name, String slug) {
        requireName(taxonomy, name);
        content.database().write(changes -> {
            Term before = term(taxonomy, id);
            stores().terms().rename(taxonomy, id, name, slug == null ? "" : slug);
            keepAddress(taxonomy, before, id, changes);
        });
    }

    /** Sends the term's old archive address to its new one; its posts read differently now. */
    private void keepAddress(Taxonomy taxonomy, Term before, long id, ChangeSet changes) {
        Term after = term(taxonomy, id);
        stores().redirects().add(Urls.term(taxonomy, before.slug()), Urls.term(taxonomy, after.slug()));
        changes.touched(ChangeKind.TERMS, stores().terms().postIds(taxonomy, id)).touched(ChangeKind.REDIRECTS);
    }

    /** Renames a category and files it under {@code parentId} (null: top level): both happen or neither. */
    public void renameCategory(long id, String name, String slug, Long parentId) {
        requireName(Taxonomy.CATEGORY, name);
        content.database().write(changes -> {
            Term before = term(Taxonomy.CATEGORY, id);
            stores().terms().renameCategory(id, name, slug == null ? "" : slug, parentId);
            keepAddress(Taxonomy.CATEGORY, before, id, changes);
        });
    }

    /** Files a category under another (null: top level). Its posts keep their own categories. */
    public void moveCategory(long id, Long parentId) {
        content.database().write(changes -> {
            term(Taxonomy.CATEGORY, id);
            stores().terms().setParent(id, parentId);
            changes.touched(ChangeKind.TERMS);
        });
    }

    /** Moves the posts of {@code fromId} to {@code intoId} and deletes {@code fromId}; its archive answers 301. */
    public void merge(Taxonomy taxonomy, long fromId, long intoId) {
        content.database().write(changes -> {
            Term from = term(taxonomy, fromId);
            Term into = term(taxonomy, intoId);
            List<Long> moved = stores().terms().postIds(taxonomy, fromId);
            stores().terms().merge(taxonomy, fromId, intoId);
            stores().redirects().add(Urls.term(taxonomy, from.slug()), Urls.term(taxonomy, into.slug()));
            changes.touched(ChangeKind.TERMS, moved).touched(ChangeKind.REDIRECTS);
        });
    }

    /** Deletes a term; its posts stay, without it. */
    public void delete(Taxonomy taxonomy, long id) {
        content.database().write(changes -> {
            term(taxonomy, id);
            List<Long> filed = stores().terms().postIds(taxonomy, id);
            stores().terms().delete(taxonomy, id);
            changes.touched(ChangeKind.TERMS, filed);
        });
    }

    private Term term(Taxonomy taxonomy, long id) {
        return stores().terms().byId(taxonomy, id)
                .orElseThrow(() -> new TidingsException("There is no such " + taxonomy.singular().toLowerCase() + "."));
    }

    private static void requireName(Taxonomy taxonomy, String name) {
        if (name == null || name.isBlank()) {
            throw new TidingsException("Give the " + taxonomy.singular().toLowerCase() + " a name.");
        }
        if (name.strip().length() > 200) {
            throw new TidingsException("The name is longer than 200 characters.");
        }
    }

    private Stores stores() {
        return content.stores();
    }
}
