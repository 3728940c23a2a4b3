package org.tidings.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tidings.content.Slugs;

/** The tables of named things with unique slugs: found by name, or created with a free slug. */
enum NamedTable {
    AUTHORS("authors", "author"),
    CATEGORIES("categories", "category"),
    TAGS("tags", "tag"),
    SOURCES("sources", "source");

    private final String table;
    private final String fallbackSlug;

    NamedTable(String table, String fallbackSlug) {
        this.table = table;
        this.fallbackSlug = fallbackSlug;
    }

    /** The id of the row named {@code name} (ignoring case), created if there is none. */
    long findOrCreate(Handle handle, String name) {
        String trimmed = name.strip();
        Optional<Long> existing = handle.createQuery("SELECT id FROM " + table + " WHERE lower(name) = lower(:name)")
                .bind("name", trimmed)
                .mapTo(Long.class)
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        return handle.createUpdate("INSERT INTO " + table + " (name, slug) VALUES (:name, :slug)")
                .bind("name", trimmed)
                .bind("slug", freeSlug(handle, Slugs.slugify(trimmed, fallbackSlug)))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}... not yet taken. */
    String freeSlug(Handle handle, String base) {
        for (int n = 1; ; n++) {
            String candidate = Slugs.variant(base, n);
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE slug = :slug")
                    .bind("slug", candidate)
                    .mapTo(Integer.class)
                    .one() > 0;
            if (!taken) {
                return candidate;
            }
        }
    }
}
