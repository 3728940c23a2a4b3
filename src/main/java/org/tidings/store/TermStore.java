package org.tidings.store;

import org.tidings.i18n.Messages;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.tidings.content.Outcome;
import org.tidings.content.Problems;
import org.tidings.content.Slugs;
import org.tidings.content.Taxonomy;
import org.tidings.content.Term;

/** Manages categories, tags, outlets and authors alike: list, create, rename, merge, delete. */
public final class TermStore {
    private final Jdbi jdbi;

    public TermStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Every term of a taxonomy with how many posts it has, by name. */
    public List<Term> all(Taxonomy taxonomy) {
        TermTable table = TermTable.of(taxonomy);
        return jdbi.withHandle(h -> h.createQuery(table.select() + " ORDER BY lower(t.name), t.id")
                .map(ConstructorMapper.of(Term.class)).list());
    }

    public Optional<Term> byId(Taxonomy taxonomy, long id) {
        TermTable table = TermTable.of(taxonomy);
        return jdbi.withHandle(h -> h.createQuery(table.select() + " WHERE t.id = :id").bind("id", id)
                .map(ConstructorMapper.of(Term.class)).findOne());
    }

    /** The ids of the posts filed under term {@code id} (any status), e.g. to reindex them after it changes. */
    public List<Long> postIds(Taxonomy taxonomy, long id) {
        return jdbi.withHandle(h -> h.createQuery(TermTable.of(taxonomy).postIdsQuery()).bind("id", id)
                .mapTo(Long.class).list());
    }

    /** Creates a term; a name already used (ignoring case) is refused. */
    public Outcome<Long> create(Taxonomy taxonomy, String name) {
        NamedTable table = TermTable.of(taxonomy).named();
        return jdbi.inTransaction(h -> nameTaken(h, taxonomy, name, -1)
                ? Outcome.refused("name", Messages.t("words.terms.exists", taxonomy.capitalWord(), name.strip()))
                : Outcome.done(table.findOrCreate(h, name)));
    }

    /** Gives a term a new name and slug (blank: from the name); a slug taken by another gets a free variant. */
    public Problems rename(Taxonomy taxonomy, long id, String name, String slug) {
        return jdbi.inTransaction(h -> {
            Problems problems = renameProblems(h, taxonomy, id, name);
            if (problems.isEmpty()) {
                rename(h, taxonomy, id, name, slug);
            }
            return problems;
        });
    }

    /** Renames and describes a category and files it under {@code parentId} (null: top level), all or none. */
    public Problems renameCategory(long id, String name, String slug, Long parentId, String description) {
        return jdbi.inTransaction(h -> {
            Problems problems = renameProblems(h, Taxonomy.CATEGORY, id, name);
            if (problems.isEmpty()) {
                problems = setParent(h, id, parentId);
            }
            if (problems.isEmpty()) {
                rename(h, Taxonomy.CATEGORY, id, name, slug);
                h.createUpdate("UPDATE categories SET description = :description WHERE id = :id")
                        .bind("description", description).bind("id", id).execute();
            }
            return problems;
        });
    }

    private static Problems renameProblems(Handle h, Taxonomy taxonomy, long id, String name) {
        return nameTaken(h, taxonomy, name, id)
                ? Problems.of("name", Messages.t("words.terms.existsMerge", taxonomy.capitalWord(), name.strip()))
                : Problems.NONE;
    }

    private static void rename(Handle h, Taxonomy taxonomy, long id, String name, String slug) {
        TermTable table = TermTable.of(taxonomy);
        String base = Slugs.slugify(slug.isBlank() ? name : slug, taxonomy.key());
        h.createUpdate("UPDATE " + table.table() + " SET name = :name, slug = :slug WHERE id = :id")
                .bind("name", name.strip()).bind("slug", SlugAllocator.free(h, table.table(), base, id))
                .bind("id", id).execute();
    }

    /** Files category {@code id} under {@code parentId} (null: top level); a loop is refused. */
    public Problems setParent(long id, Long parentId) {
        return jdbi.inTransaction(h -> setParent(h, id, parentId));
    }

    private static Problems setParent(Handle h, long id, Long parentId) {
        for (Long at = parentId; at != null; at = parentOf(h, at)) {
            if (at == id) {
                return Problems.of("parent", Messages.t("words.terms.parentLoop"));
            }
        }
        h.createUpdate("UPDATE categories SET parent_id = :parent WHERE id = :id")
                .bind("parent", parentId).bind("id", id).execute();
        return Problems.NONE;
    }

    /** Moves every post of {@code fromId} to {@code intoId}, then deletes {@code fromId}. */
    public Problems merge(Taxonomy taxonomy, long fromId, long intoId) {
        if (fromId == intoId) {
            return Problems.of("into", Messages.t("words.terms.mergeSame", taxonomy.word()));
        }
        TermTable table = TermTable.of(taxonomy);
        jdbi.useTransaction(h -> {
            table.movePosts(h, fromId, intoId);
            if (taxonomy == Taxonomy.CATEGORY) {
                adoptChildren(h, fromId, intoId);
            }
            if (taxonomy == Taxonomy.AUTHOR) {
                // Accounts whose default byline was merged away write under the merged one.
                h.createUpdate("UPDATE users SET author_id = :into WHERE author_id = :from")
                        .bind("into", intoId).bind("from", fromId).execute();
            }
            h.createUpdate("DELETE FROM " + table.table() + " WHERE id = :id").bind("id", fromId).execute();
        });
        return Problems.NONE;
    }

    /** Deletes a term: posts lose it (and stay); child categories move up to its parent. */
    public void delete(Taxonomy taxonomy, long id) {
        TermTable table = TermTable.of(taxonomy);
        jdbi.useTransaction(h -> {
            if (taxonomy == Taxonomy.CATEGORY) {
                h.createUpdate("UPDATE categories SET parent_id = :parent WHERE parent_id = :id")
                        .bind("parent", parentOf(h, id)).bind("id", id).execute();
            }
            h.createUpdate("DELETE FROM " + table.table() + " WHERE id = :id").bind("id", id).execute();
        });
    }

    /** Gives {@code intoId} the children of {@code fromId}, first lifting {@code intoId} out of that subtree. */
    private static void adoptChildren(Handle h, long fromId, long intoId) {
        boolean insideFrom = false;
        for (Long at = parentOf(h, intoId); at != null; at = parentOf(h, at)) {
            insideFrom |= at == fromId;
        }
        if (insideFrom) {
            h.createUpdate("UPDATE categories SET parent_id = :parent WHERE id = :id")
                    .bind("parent", parentOf(h, fromId)).bind("id", intoId).execute();
        }
        h.createUpdate("UPDATE categories SET parent_id = :into WHERE parent_id = :from AND id <> :into")
                .bind("into", intoId).bind("from", fromId).execute();
    }

    private static Long parentOf(Handle h, long id) {
        return h.createQuery("SELECT parent_id FROM categories WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne().orElse(null);
    }

    private static boolean nameTaken(Handle h, Taxonomy taxonomy, String name, long ownId) {
        return h.createQuery("SELECT COUNT(*) FROM " + TermTable.of(taxonomy).table()
                        + " WHERE lower(name) = lower(:name) AND id <> :id")
                .bind("name", name.strip()).bind("id", ownId).mapTo(Integer.class).one() > 0;
    }
}
