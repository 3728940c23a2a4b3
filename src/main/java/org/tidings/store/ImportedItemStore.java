package org.tidings.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** What imports brought from other sites, by their ids there: re-runs update, old links resolve. */
public final class ImportedItemStore {
    private static final String COLUMNS = "source_site, kind, source_id, target_id, old_path, fingerprint";
    private final Jdbi jdbi;

    public ImportedItemStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<ImportedItem> find(String sourceSite, String kind, String sourceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM imported_items WHERE source_site = :site AND kind = :kind AND source_id = :id")
                .bind("site", sourceSite).bind("kind", kind).bind("id", sourceId)
                .mapTo(ImportedItem.class).findOne());
    }

    /** Items of any site and kind found at {@code oldPath} on their old site. */
    public List<ImportedItem> byOldPath(String oldPath) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM imported_items WHERE old_path = :path")
                .bind("path", oldPath).mapTo(ImportedItem.class).list());
    }

    /** Items of {@code kind} with {@code sourceId} from any site: what {@code /?p=ID} may mean. */
    public List<ImportedItem> bySourceId(String kind, String sourceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM imported_items WHERE kind = :kind AND source_id = :id ORDER BY source_site")
                .bind("kind", kind).bind("id", sourceId).mapTo(ImportedItem.class).list());
    }

    /** Records or replaces an item; call it inside Database.write, in the transaction that imports it. */
    public void put(ImportedItem item) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM imported_items WHERE source_site = :site AND kind = :kind AND source_id = :id")
                    .bind("site", item.sourceSite()).bind("kind", item.kind()).bind("id", item.sourceId()).execute();
            h.createUpdate("INSERT INTO imported_items (" + COLUMNS
                            + ") VALUES (:sourceSite, :kind, :sourceId, :targetId, :oldPath, :fingerprint)")
                    .bindMethods(item).execute();
        });
    }
}
