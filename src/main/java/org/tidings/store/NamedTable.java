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

    String table() {
        return table;
    }

    String fallbackSlug() {
        return fallbackSlug;
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
                .bind("slug", SlugAllocator.free(handle, table, Slugs.slugify(trimmed, fallbackSlug), -1))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }
}
