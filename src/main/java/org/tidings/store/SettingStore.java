package org.tidings.store;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Site-wide settings as named text values. */
public final class SettingStore {
    /** The site's name and tagline, as every page shows them. */
    public static final String SITE_TITLE = "site.title";
    public static final String SITE_DESCRIPTION = "site.description";
    private final Jdbi jdbi;

    public SettingStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<String> value(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM settings WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    public String value(String name, String fallback) {
        return value(name).orElse(fallback);
    }

    /** The zone dates are shown and archived in (setting {@code site.zone}, UTC by default). */
    public ZoneId siteZone() {
        return ZoneId.of(value("site.zone", ZoneOffset.UTC.getId()));
    }

    public void put(String name, String value) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM settings WHERE name = :name").bind("name", name).execute();
            h.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value)")
                    .bind("name", name).bind("value", value).execute();
        });
    }
}
