package org.tidings.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.Tag;

/** Reads and writes tags. */
public final class TagStore {
    static final String COLUMNS = "id, name, slug";
    private final Jdbi jdbi;

    public TagStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Tag> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM tags WHERE slug = :slug")
                .bind("slug", slug).mapTo(Tag.class).findOne());
    }

    public List<Tag> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM tags ORDER BY lower(name)")
                .mapTo(Tag.class).list());
    }
}
