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

    /** Creates a term (a category under {@code parentId}, null for top level); its id, or why not. */
    public Outcome<Long> create(Taxonomy taxonomy, String name, Long parentId) {
        Problems problems = nameProblems(taxonomy, name);
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        Outcome<Long> created = stores().terms().create(taxonomy, name);
        if (!created.isDone()) {
            return created;
        }
        if (taxonomy == Taxonomy.CATEGORY && parentId != null) {
            stores().terms().setParent(created.value(), parentId);
        }
        content.announce(ContentChange.posts());
        return created;
    }

    /** Renames a term and gives it a slug (blank: from the name); the problems when refused. */
    public Problems rename(Taxonomy taxonomy, long id, String name, String slug) {
        Problems problems = nameProblems(taxonomy, name);
        if (!problems.isEmpty()) {
            return problems;
        }
        Term before = term(taxonomy, id);
        problems = stores().terms().rename(taxonomy, id, name, slug == null ? "" : slug);
        if (problems.isEmpty()) {
            keepAddress(taxonomy, before, id);
        }
        return problems;
    }

    /** Sends the term's old archive address to its new one, and announces the change. */
    private void keepAddress(Taxonomy taxonomy, Term before, long id) {
        Term after = term(taxonomy, id);
        stores().redirects().add(Urls.term(taxonomy, before.slug()), Urls.term(taxonomy, after.slug()));
        content.announce(ContentChange.posts(stores().terms().postIds(taxonomy, id)));
    }

    /** Renames a category and files it under {@code parentId} (null: top level): both happen or neither. */
    public Problems renameCategory(long id, String name, String slug, Long parentId) {
        Problems problems = nameProblems(Taxonomy.CATEGORY, name);
        if (!problems.isEmpty()) {
            return problems;
        }
        Term before = term(Taxonomy.CATEGORY, id);
        problems = stores().terms().renameCategory(id, name, slug == null ? "" : slug, parentId);
        if (problems.isEmpty()) {
            keepAddress(Taxonomy.CATEGORY, before, id);
        }
        return problems;
    }

    /** Files a category under another (null: top level). Its posts keep their own categories. */
    public Problems moveCategory(long id, Long parentId) {
        term(Taxonomy.CATEGORY, id);
        Problems problems = stores().terms().setParent(id, parentId);
        if (problems.isEmpty()) {
            content.announce(ContentChange.posts());
        }
        return problems;
    }

    /** Moves the posts of {@code fromId} to {@code intoId} and deletes {@code fromId}; its archive answers 301. */
    public Problems merge(Taxonomy taxonomy, long fromId, long intoId) {
        Term from = term(taxonomy, fromId);
        Term into = term(taxonomy, intoId);
        List<Long> moved = stores().terms().postIds(taxonomy, fromId);
        Problems problems = stores().terms().merge(taxonomy, fromId, intoId);
        if (problems.isEmpty()) {
            stores().redirects().add(Urls.term(taxonomy, from.slug()), Urls.term(taxonomy, into.slug()));
            content.announce(ContentChange.posts(moved));
        }
        return problems;
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
                .orElseThrow(() -> new NotFoundException(
                        "There is no such " + taxonomy.singular().toLowerCase() + "."));
    }

    private static Problems nameProblems(Taxonomy taxonomy, String name) {
        if (name == null || name.isBlank()) {
            return Problems.of("name", "Give the " + taxonomy.singular().toLowerCase() + " a name.");
        }
        if (name.strip().length() > 200) {
            return Problems.of("name", "The name is longer than 200 characters.");
        }
        return Problems.NONE;
    }

    private Stores stores() {
        return content.stores();
    }
}
