package org.tidings.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tidings.content.Slugs;

/** The one place that finds a free slug, for posts and for every kind of term. */
final class SlugAllocator {
    // Variants asked for per query: one query nearly always answers, and it uses the slug index
    // (a LIKE 'base-%' would scan the table on SQLite and under PostgreSQL's locale collations).
    private static final int BATCH = 20;

    private SlugAllocator() {
    }

    /**
     * {@code base}, or the first of {@code base-2}, {@code base-3}... that no row of {@code table}
     * other than {@code ownId} (-1: a new row) uses.
     */
    static String free(Handle handle, String table, String base, long ownId) {
        for (int first = 1; ; first += BATCH) {
            List<String> candidates = new ArrayList<>(BATCH);
            for (int n = first; n < first + BATCH; n++) {
                candidates.add(Slugs.variant(base, n));
            }
            Set<String> taken = new HashSet<>(handle.createQuery(
                            "SELECT slug FROM " + table + " WHERE slug IN (<candidates>) AND id <> :id")
                    .bindList("candidates", candidates).bind("id", ownId).mapTo(String.class).list());
            for (String candidate : candidates) {
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
