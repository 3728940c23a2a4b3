package org.tidings.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.Category;

/** Reads and writes categories, which form a tree through {@code parent_id}. */
public final class CategoryStore {
    static final String COLUMNS = "id, name, slug, description, parent_id";
    private final Jdbi jdbi;

    public CategoryStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Category> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM categories WHERE slug = :slug")
                .bind("slug", slug).mapTo(Category.class).findOne());
    }

    public List<Category> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM categories ORDER BY lower(name)")
                .mapTo(Category.class).list());
    }

    /** The id of {@code root} and of every category below it, at any depth. */
    public List<Long> withDescendants(long root) {
        List<Category> all = all();
        List<Long> ids = new ArrayList<>(List.of(root));
        for (int i = 0; i < ids.size(); i++) {
            long parent = ids.get(i);
            all.stream()
                    .filter(c -> c.parentId() != null && c.parentId() == parent && !ids.contains(c.id()))
                    .forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    /** Creates the category named {@code name} under {@code parentName} (null for top level). */
    public long findOrCreate(String name, String parentName, String description) {
        return jdbi.inTransaction(h -> {
            long id = NamedTable.CATEGORIES.findOrCreate(h, name);
            Long parentId = parentName == null ? null : NamedTable.CATEGORIES.findOrCreate(h, parentName);
            h.createUpdate("UPDATE categories SET parent_id = :parent, description = :description WHERE id = :id")
                    .bind("parent", parentId).bind("description", description).bind("id", id).execute();
            return id;
        });
    }
}
