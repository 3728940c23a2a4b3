package org.tidings.store;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.tidings.i18n.Language;

/** Site-wide settings as named text values. */
public final class SettingStore {
    /** The site's name and tagline, as every page shows them. */
    public static final String SITE_TITLE = "site.title";
    public static final String SITE_DESCRIPTION = "site.description";
    /** The language of the site's own words, a tag such as {@code en} or {@code ko}. */
    public static final String SITE_LANGUAGE = "site.language";
    /** The zone dates are shown, archived and scheduled in: an IANA zone id such as {@code Asia/Seoul}. */
    public static final String SITE_ZONE = "site.zone";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
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
        return value(SITE_ZONE).map(ZoneId::of).orElse(DEFAULT_ZONE);
    }

    /** The language of the site's own words (setting {@code site.language}, English by default). */
    public Language siteLanguage() {
        return Language.ofTag(value(SITE_LANGUAGE, "")).orElse(Language.ENGLISH);
    }

    /**
     * The setting's value, storing {@code candidate} first if it has none. When several nodes
     * start at once, the first insert wins and every node returns that same value.
     */
    public String valueOrCreate(String name, Supplier<String> candidate) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", name).bind("value", candidate.get()).execute();
            return h.createQuery("SELECT value FROM settings WHERE name = :name")
                    .bind("name", name).mapTo(String.class).one();
        });
    }

    public void put(String name, String value) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM settings WHERE name = :name").bind("name", name).execute();
            h.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value)")
                    .bind("name", name).bind("value", value).execute();
        });
    }
}
