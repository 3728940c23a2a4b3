package org.tidings.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.ChangeKind;
import org.tidings.content.ContentChange;
import org.tidings.content.LoggedChange;

/**
 * The change log: one row per committed write, in commit order. Followers read the rows after
 * the last one they applied; the order of {@code seq} is the order of commits on both databases.
 */
public final class ChangeLog {
    /** Held from a row's insert to its commit on PostgreSQL, so a lower seq never commits after a higher one. */
    private static final long ORDER_LOCK = 0x7469_6469_6e67L;
    private final Jdbi jdbi;
    private final boolean postgres;

    ChangeLog(Jdbi jdbi, boolean postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
    }

    /** Appends {@code change} inside the caller's transaction; returns its seq. */
    long append(Handle handle, ContentChange change) {
        if (postgres) {
            // Sequence values are handed out at insert, not at commit: without this a follower could read
            // seq 8, remember it, and never see seq 7 committing a moment later.
            handle.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", ORDER_LOCK).map((rs, ctx) -> true).one();
        }
        return handle.createUpdate("INSERT INTO changes (kinds, post_ids, changed_at) VALUES (:kinds, :ids, :at)")
                .bind("kinds", change.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .bind("ids", change.postIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .bind("at", System.currentTimeMillis())
                .executeAndReturnGeneratedKeys("seq").mapTo(Long.class).one();
    }

    /** Up to {@code limit} changes after {@code seq}, oldest first. */
    public List<LoggedChange> after(long seq, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT seq, kinds, post_ids FROM changes WHERE seq > :seq ORDER BY seq LIMIT :limit")
                .bind("seq", seq).bind("limit", limit)
                .map((rs, ctx) -> new LoggedChange(rs.getLong("seq"),
                        new ContentChange(kinds(rs.getString("kinds")), ids(rs.getString("post_ids")))))
                .list());
    }

    /** The seq of the newest change, 0 when the log is empty. */
    public long latest() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes")
                .mapTo(Long.class).one());
    }

    /** When the change {@code seq} was committed, in epoch milliseconds; 0 if there is none. */
    public long committedAt(long seq) {
        return jdbi.withHandle(h -> h.createQuery("SELECT changed_at FROM changes WHERE seq = :seq")
                .bind("seq", seq).mapTo(Long.class).findOne().orElse(0L));
    }

    private static Set<ChangeKind> kinds(String text) {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                kinds.add(ChangeKind.valueOf(name));
            }
        }
        return kinds;
    }

    private static Set<Long> ids(String text) {
        return text.isEmpty() ? Set.of()
                : Arrays.stream(text.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
