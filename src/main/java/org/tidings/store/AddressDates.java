package org.tidings.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.tidings.content.AddressDate;
import org.tidings.content.PostStatus;

/**
 * Fixes the date in a post's address the first time it is published, in the site's zone then in
 * force. The write path calls it at the end of every write that touched posts, so the editor,
 * the scheduler and the importers all fix addresses without each having to remember to.
 */
final class AddressDates {
    private static final String UNFIXED = "SELECT id, published_at, created_at, date_unknown FROM posts"
            + " WHERE status = '" + PostStatus.PUBLISHED.db() + "' AND path_date IS NULL";

    private AddressDates() {
    }

    /** Fixes the addresses of those of {@code postIds} that are published without one. */
    static void fix(Handle h, Collection<Long> postIds) {
        if (!postIds.isEmpty()) {
            fixAll(h, h.createQuery(UNFIXED + " AND id IN (<ids>)").bindList("ids", List.copyOf(postIds)));
        }
    }

    /** Fixes every published post's address that is not yet: those published before addresses were stored. */
    static void fixEveryPublished(Handle h) {
        fixAll(h, h.createQuery(UNFIXED));
    }

    private static void fixAll(Handle h, org.jdbi.v3.core.statement.Query unfixed) {
        List<Unfixed> posts = unfixed.map((rs, ctx) -> new Unfixed(rs.getLong("id"),
                instant(rs.getObject("published_at") == null ? rs.getLong("created_at") : rs.getLong("published_at")),
                rs.getBoolean("date_unknown"))).list();
        if (posts.isEmpty()) {
            return;
        }
        ZoneId zone = zone(h);
        for (Unfixed post : posts) {
            h.createUpdate("UPDATE posts SET path_date = :date WHERE id = :id")
                    .bind("date", AddressDate.of(post.when(), post.dateUnknown(), zone).stored())
                    .bind("id", post.id()).execute();
        }
    }

    /** The site's zone as this transaction sees it (as SettingStore#siteZone reads it). */
    private static ZoneId zone(Handle h) {
        return h.createQuery("SELECT value FROM settings WHERE name = :name").bind("name", SettingStore.SITE_ZONE)
                .mapTo(String.class).findOne().map(ZoneId::of).orElse(SettingStore.DEFAULT_ZONE);
    }

    private static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    private record Unfixed(long id, Instant when, boolean dateUnknown) {
    }
}
