package org.tidings.content;

import java.util.List;
import org.tidings.i18n.Messages;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * Changes to categories, tags, outlets and authors, each one write on the change log. A changed
 * or merged-away archive address answers 301 to the new one; the log names the posts filed under
 * the terms that changed, so the search index reindexes just those. A refused change writes nothing.
 */
public final class Terms {
    static final int DESCRIPTION_LIMIT = 2000;
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
        return content.database().writeReturning(changes -> {
            Outcome<Long> created = stores().terms().create(taxonomy, name);
            if (!created.isDone()) {
                return created;
            }
            if (taxonomy == Taxonomy.CATEGORY && parentId != null) {
                stores().terms().setParent(created.value(), parentId);
            }
            changes.touched(ChangeKind.TERMS);
            return created;
        });
    }

    /**
     * The id of the category named {@code name} (under the category named {@code parentName}, null
     * for top level), created with {@code description} if there is none: for imports and set-ups.
     */
    public long findOrCreateCategory(String name, String parentName, String description) {
        Problems problems = nameProblems(Taxonomy.CATEGORY, name);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems.messages()));
        }
        return content.database().writeReturning(changes -> {
            changes.touched(ChangeKind.TERMS);
            return stores().categories().findOrCreate(name, parentName, description);
        });
    }

    /** Renames a term and gives it a slug (blank: from the name); the problems when refused. */
    public Problems rename(Taxonomy taxonomy, long id, String name, String slug) {
        Problems problems = nameProblems(taxonomy, name);
        if (!problems.isEmpty()) {
            return problems;
        }
        return content.database().writeReturning(changes -> {
            Term before = term(taxonomy, id);
            Problems refused = stores().terms().rename(taxonomy, id, name, slug == null ? "" : slug);
            if (refused.isEmpty()) {
                keepAddress(taxonomy, before, id, changes);
            }
            return refused;
        });
    }

    /** Sends the term's old archive address to its new one; its posts read differently now. */
    private void keepAddress(Taxonomy taxonomy, Term before, long id, ChangeSet changes) {
        Term after = term(taxonomy, id);
        stores().redirects().add(Urls.term(taxonomy, before.slug()), Urls.term(taxonomy, after.slug()));
        changes.touched(ChangeKind.TERMS, stores().terms().postIds(taxonomy, id)).touched(ChangeKind.REDIRECTS);
    }

    /**
     * Renames a category, describes it (plain text, shown on its archive) and files it under
     * {@code parentId} (null: top level): all happen or none.
     */
    public Problems renameCategory(long id, String name, String slug, Long parentId, String description) {
        Problems problems = nameProblems(Taxonomy.CATEGORY, name);
        String described = description == null ? "" : description.strip();
        if (described.length() > DESCRIPTION_LIMIT) {
            problems = problems.and("description", Messages.t("admin.terms.descriptionLong", DESCRIPTION_LIMIT));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        return content.database().writeReturning(changes -> {
            Term before = term(Taxonomy.CATEGORY, id);
            Problems refused = stores().terms().renameCategory(id, name, slug == null ? "" : slug, parentId,
                    described);
            if (refused.isEmpty()) {
                keepAddress(Taxonomy.CATEGORY, before, id, changes);
            }
            return refused;
        });
    }

    /** Files a category under another (null: top level). Its posts keep their own categories. */
    public Problems moveCategory(long id, Long parentId) {
        return content.database().writeReturning(changes -> {
            term(Taxonomy.CATEGORY, id);
            Problems refused = stores().terms().setParent(id, parentId);
            if (refused.isEmpty()) {
                changes.touched(ChangeKind.TERMS);
            }
            return refused;
        });
    }

    /** Moves the posts of {@code fromId} to {@code intoId} and deletes {@code fromId}; its archive answers 301. */
    public Problems merge(Taxonomy taxonomy, long fromId, long intoId) {
        return content.database().writeReturning(changes -> {
            Term from = term(taxonomy, fromId);
            Term into = term(taxonomy, intoId);
            List<Long> moved = stores().terms().postIds(taxonomy, fromId);
            Problems refused = stores().terms().merge(taxonomy, fromId, intoId);
            if (refused.isEmpty()) {
                stores().redirects().add(Urls.term(taxonomy, from.slug()), Urls.term(taxonomy, into.slug()));
                changes.touched(ChangeKind.TERMS, moved).touched(ChangeKind.REDIRECTS);
            }
            return refused;
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
                .orElseThrow(() -> new NotFoundException(
                        Messages.t("words.terms.noSuch", taxonomy.word())));
    }

    private static Problems nameProblems(Taxonomy taxonomy, String name) {
        if (name == null || name.isBlank()) {
            return Problems.of("name", Messages.t("words.terms.nameMissing", taxonomy.word()));
        }
        if (name.strip().length() > 200) {
            return Problems.of("name", Messages.t("words.terms.nameLong", 200));
        }
        return Problems.NONE;
    }

    private Stores stores() {
        return content.stores();
    }
}
