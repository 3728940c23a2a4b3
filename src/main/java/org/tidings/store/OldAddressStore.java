package org.tidings.store;

import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Old addresses of the site and of imported sites, with what each names now: each question is
 * one indexed query (redirects and imported items together, joined to the post, page or term).
 */
public final class OldAddressStore {
    private static final String IMPORTED = """
            SELECT i.kind, i.source_id, i.old_path, NULL AS new_path, i.target_id,
              COALESCE(p.slug, g.slug, c.slug, t.slug, a.slug) AS slug,
              COALESCE(p.published_at, p.created_at) AS dated, p.date_unknown, p.path_date,
              CASE WHEN i.kind = 'post' THEN p.status = 'published'
                   WHEN i.kind = 'page' THEN g.status = 'published'
                   WHEN i.kind IN ('category', 'tag', 'author') THEN COALESCE(c.id, t.id, a.id) IS NOT NULL
                   ELSE i.target_id IS NOT NULL END AS visible
            FROM imported_items i
            LEFT JOIN posts p ON i.kind = 'post' AND p.id = i.target_id
            LEFT JOIN pages g ON i.kind = 'page' AND g.id = i.target_id
            LEFT JOIN categories c ON i.kind = 'category' AND c.id = i.target_id
            LEFT JOIN tags t ON i.kind = 'tag' AND t.id = i.target_id
            LEFT JOIN authors a ON i.kind = 'author' AND a.id = i.target_id
            """;
    private final Jdbi jdbi;

    public OldAddressStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Redirects from any of {@code paths} and items imported from any of them, in no particular order. */
    public List<OldAddress> at(List<String> paths) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT 'redirect' AS kind, NULL AS source_id, old_path, new_path, NULL AS target_id, NULL AS slug, NULL AS dated,
                          NULL AS date_unknown, NULL AS path_date, TRUE AS visible
                        FROM redirects WHERE old_path IN (<paths>)
                        UNION ALL
                        """ + IMPORTED + " WHERE i.old_path IN (<paths>)")
                .bindList("paths", paths).mapTo(OldAddress.class).list());
    }

    /** Items of one of {@code kinds} that had the id {@code sourceId} on their old site: what {@code /?p=ID} names. */
    public List<OldAddress> bySourceId(List<String> kinds, String sourceId) {
        return jdbi.withHandle(h -> h.createQuery(IMPORTED
                        + " WHERE i.kind IN (<kinds>) AND i.source_id = :id ORDER BY i.source_site")
                .bindList("kinds", kinds).bind("id", sourceId).mapTo(OldAddress.class).list());
    }

    /** Every imported item, by site and old path, handed to {@code each} as it is read (imports may hold many). */
    public void eachImported(Consumer<OldAddress> each) {
        jdbi.useTransaction(h -> h.createQuery(IMPORTED + " ORDER BY i.source_site, i.old_path, i.kind, i.source_id")
                .setFetchSize(500).mapTo(OldAddress.class).useStream(rows -> rows.forEach(each)));
    }
}
