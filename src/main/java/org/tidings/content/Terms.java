package org.tidings.content;

import java.util.List;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * Changes to categories, tags, outlets and authors. A changed or merged-away archive address
 * answers 301 to the new one; listeners hear of the posts filed under the terms that changed.
 */
public final class Terms {
    private final ContentService content;

    Terms(ContentService content) {
        this.content = content;
    }

    /** Creates a term (a category under {@code parentId}, null for top level); returns its id. */
    public long create(Taxonomy taxonomy, String name, Long parentId) {
        requireName(taxonomy, name);
        long id = stores().terms().create(taxonomy, name);
        if (taxonomy == Taxonomy.CATEGORY && parentId != null) {
            stores().terms().setParent(id, parentId);
        }
        content.announce(ContentChange.posts());
        return id;
    }

    /** Renames a term and gives it a slug (blank: from the name). */
    public void rename(Taxonomy taxonomy, long id, String name, String slug) {
        requireName(taxonomy, name);
        Term before = term(taxonomy, id);
        stores().terms().rename(taxonomy, id, name, slug == null ? "" : slug);
        keepAddress(taxonomy, before, id);
    }

    /** Sends the term's old archive address to its new one, and announces the change. */
    private void keepAddress(Taxonomy taxonomy, Term before, long id) {
        Term after = term(taxonomy, id);
        stores().redirects().add(Urls.term(taxonomy, before.slug()), Urls.term(taxonomy, after.slug()));
        content.announce(ContentChange.posts(stores().terms().postIds(taxonomy, id)));
    }

    /** Renames a category and files it under {@code parentId} (null: top level): both happen or neither. */
    public void renameCategory(long id, String name, String slug, Long parentId) {
        requireName(Taxonomy.CATEGORY, name);
        Term before = term(Taxonomy.CATEGORY, id);
        stores().terms().renameCategory(id, name, slug == null ? "" : slug, parentId);
        keepAddress(Taxonomy.CATEGORY, before, id);
    }

    /** Files a category under another (null: top level). Its posts keep their own categories. */
    public void moveCategory(long id, Long parentId) {
        term(Taxonomy.CATEGORY, id);
        stores().terms().setParent(id, parentId);
        content.announce(ContentChange.posts());
    }

    /** Moves the posts of {@code fromId} to {@code intoId} and deletes {@code fromId}; its archive answers 301. */
    public void merge(Taxonomy taxonomy, long fromId, long intoId) {
        Term from = term(taxonomy, fromId);
        Term into = term(taxonomy, intoId);
        List<Long> moved = stores().terms().postIds(taxonomy, fromId);
        stores().terms().merge(taxonomy, fromId, intoId);
        stores().redirects().add(Urls.term(taxonomy, from.slug()), Urls.term(taxonomy, into.slug()));
        content.announce(ContentChange.posts(moved));
    }

    /** Deletes a term; its posts stay, without it. */
    public void delete(Taxonomy taxonomy, long id) {
        term(taxonomy, id);
        List<Long> filed = stores().terms().postIds(taxonomy, id);
        stores().terms().delete(taxonomy, id);
        content.announce(ContentChange.posts(filed));
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
