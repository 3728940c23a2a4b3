package org.tidings.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The append-only audit log of security and publishing events. */
public final class AuditStore {
    private final Jdbi jdbi;

    public AuditStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public void append(AuditEntry entry) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO audit_log (at, event, actor_id, actor_name, subject, client_address)
                VALUES (:at, :event, :actorId, :actorName, :subject, :clientAddress)""")
                .bindMethods(entry).execute());
    }

    /**
     * The newest entries first, at most {@code limit}; {@code event} and {@code actorName} filter
     * when not null, {@code since} keeps entries at or after that instant.
     */
    public List<AuditEntry> newest(String event, String actorName, Instant since, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT at, event, actor_id, actor_name, subject, client_address FROM audit_log WHERE 1 = 1");
        if (event != null) {
            sql.append(" AND event = :event");
        }
        if (actorName != null) {
            sql.append(" AND actor_name = :actor");
        }
        if (since != null) {
            sql.append(" AND at >= :since");
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("limit", limit);
            if (event != null) {
                query.bind("event", event);
            }
            if (actorName != null) {
                query.bind("actor", actorName);
            }
            if (since != null) {
                query.bind("since", since);
            }
            return query.map((rs, ctx) -> {
                long actorId = rs.getLong("actor_id");
                return new AuditEntry(Instant.ofEpochMilli(rs.getLong("at")), rs.getString("event"),
                        rs.wasNull() ? null : actorId, rs.getString("actor_name"), rs.getString("subject"),
                        rs.getString("client_address"));
            }).list();
        });
    }

    /** How many entries of {@code event} name {@code subject} after {@code after}. */
    public int count(String event, String subject, Instant after) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE event = :event AND subject = :subject AND at > :after")
                .bind("event", event).bind("subject", subject).bind("after", after).mapTo(Integer.class).one());
    }
}
