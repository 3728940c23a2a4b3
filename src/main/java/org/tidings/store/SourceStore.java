package org.tidings.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.Source;

/** Reads and writes source outlets. */
public final class SourceStore {
    static final String COLUMNS = "id, name, slug, homepage_url";
    private final Jdbi jdbi;

    public SourceStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Source> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sources WHERE slug = :slug")
                .bind("slug", slug).mapTo(Source.class).findOne());
    }

    public List<Source> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sources ORDER BY lower(name)")
                .mapTo(Source.class).list());
    }

    /** The id of the outlet named {@code name} (ignoring case), created with {@code homepageUrl} if there is none. */
    public long findOrCreate(String name, String homepageUrl) {
        return jdbi.withHandle(h -> {
            long id = NamedTable.SOURCES.findOrCreate(h, name);
            h.createUpdate("UPDATE sources SET homepage_url = :url WHERE id = :id AND homepage_url IS NULL")
                    .bind("url", homepageUrl).bind("id", id).execute();
            return id;
        });
    }

    /** Sets the homepage of the outlet named {@code name}, creating the outlet if needed. */
    public void setHomepage(String name, String homepageUrl) {
        jdbi.useTransaction(h -> {
            long id = NamedTable.SOURCES.findOrCreate(h, name);
            h.createUpdate("UPDATE sources SET homepage_url = :url WHERE id = :id")
                    .bind("url", homepageUrl).bind("id", id).execute();
        });
    }
}
