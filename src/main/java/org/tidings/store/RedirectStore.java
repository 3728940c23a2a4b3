package org.tidings.store;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/** Old public paths kept alive as 301 redirects to new ones. */
public final class RedirectStore {
    private static final Pattern PAGED = Pattern.compile("(.*/)page/(\\d+)/");
    private final Jdbi jdbi;

    public RedirectStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Where {@code oldPath} moved; page N of a moved listing moves to page N of its new address. */
    public Optional<String> target(String oldPath) {
        Optional<String> exact = exact(oldPath);
        Matcher paged = PAGED.matcher(oldPath);
        if (exact.isPresent() || !paged.matches()) {
            return exact;
        }
        return exact(paged.group(1)).map(base -> base + "page/" + paged.group(2) + "/");
    }

    private Optional<String> exact(String oldPath) {
        return jdbi.withHandle(h -> h.createQuery("SELECT new_path FROM redirects WHERE old_path = :old")
                .bind("old", oldPath).mapTo(String.class).findOne());
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
}
