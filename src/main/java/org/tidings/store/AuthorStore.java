package org.tidings.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.Author;

/** Reads and writes bylines. */
public final class AuthorStore {
    static final String COLUMNS = "id, name, slug, bio";
    private final Jdbi jdbi;

    public AuthorStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Author> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM authors WHERE slug = :slug")
                .bind("slug", slug).mapTo(Author.class).findOne());
    }

    public List<Author> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM authors ORDER BY lower(name)")
                .mapTo(Author.class).list());
    }

    public long findOrCreate(String name) {
        return jdbi.inTransaction(h -> NamedTable.AUTHORS.findOrCreate(h, name));
    }
}
