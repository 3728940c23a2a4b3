package org.tidings.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Old public paths kept alive as 301 redirects to new ones. */
public final class RedirectStore {
    private final Jdbi jdbi;

    public RedirectStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Sends {@code oldPath} to {@code newPath}, and repoints redirects that led to {@code oldPath}. */
    public void add(String oldPath, String newPath) {
        if (oldPath.equals(newPath)) {
            return;
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM redirects WHERE old_path = :new").bind("new", newPath).execute();
            h.createUpdate("UPDATE redirects SET new_path = :new WHERE new_path = :old")
                    .bind("new", newPath).bind("old", oldPath).execute();
            h.createUpdate("DELETE FROM redirects WHERE old_path = :old").bind("old", oldPath).execute();
            h.createUpdate("INSERT INTO redirects (old_path, new_path) VALUES (:old, :new)")
                    .bind("old", oldPath).bind("new", newPath).execute();
        });
    }

    /** Stops redirecting {@code oldPath}; false when it did not redirect. */
    public boolean remove(String oldPath) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM redirects WHERE old_path = :old")
                .bind("old", oldPath).execute()) > 0;
    }

    /** {@code limit} redirects from the {@code offset}-th, by old path. */
    public List<Redirect> list(int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT old_path, new_path FROM redirects ORDER BY old_path LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Redirect(rs.getString(1), rs.getString(2))).list());
    }

    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM redirects").mapTo(Integer.class).one());
    }

    /** An old path and where it leads. */
    public record Redirect(String from, String to) {
    }
}
