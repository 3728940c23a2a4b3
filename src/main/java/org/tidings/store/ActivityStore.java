package org.tidings.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * What people did to posts lately, newest first, for the dashboard: each save (a revision; the first
 * one created the post) and each publishing event of the audit log ("post.published"...).
 */
public final class ActivityStore {
    private final Jdbi jdbi;

    public ActivityStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * A saved post's revision ({@code event} "created" or "saved", with its post and title) or an
     * audit entry ({@code event} its code, {@code postId} null, {@code subject} as recorded);
     * {@code actorName} is null for the command line.
     */
    public record Entry(Instant at, String event, String actorName, Long postId, String subject) {
    }

    /** At most {@code limit} entries; {@code ownerUserId} (not null) keeps a contributor's own posts and acts. */
    public List<Entry> recent(Long ownerUserId, int limit) {
        return jdbi.withHandle(h -> {
            List<Entry> entries = new ArrayList<>(saves(h, ownerUserId, limit));
            entries.addAll(postEvents(h, ownerUserId, limit));
            entries.sort(Comparator.comparing(Entry::at).reversed());
            return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
        });
    }

    private static List<Entry> saves(Handle h, Long owner, int limit) {
        Query query = h.createQuery("""
                SELECT r.created_at, u.username, r.post_id, p.title,
                  CASE WHEN r.id = (SELECT MIN(f.id) FROM post_revisions f WHERE f.post_id = r.post_id)
                    THEN 1 ELSE 0 END AS first_save
                FROM post_revisions r JOIN posts p ON p.id = r.post_id LEFT JOIN users u ON u.id = r.user_id
                """ + (owner == null ? "" : "WHERE p.owner_user_id = :owner ")
                + "ORDER BY r.id DESC LIMIT :limit").bind("limit", limit);
        if (owner != null) {
            query.bind("owner", owner);
        }
        return query.map((rs, ctx) -> new Entry(Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getInt("first_save") == 1 ? "created" : "saved", rs.getString("username"),
                rs.getLong("post_id"), rs.getString("title"))).list();
    }

    private static List<Entry> postEvents(Handle h, Long actor, int limit) {
        Query query = h.createQuery("SELECT at, event, actor_name, subject FROM audit_log WHERE event LIKE 'post.%' "
                + (actor == null ? "" : "AND actor_id = :actor ") + "ORDER BY at DESC, id DESC LIMIT :limit")
                .bind("limit", limit);
        if (actor != null) {
            query.bind("actor", actor);
        }
        return query.map((rs, ctx) -> new Entry(Instant.ofEpochMilli(rs.getLong("at")), rs.getString("event"),
                rs.getString("actor_name"), null, rs.getString("subject"))).list();
    }
}
