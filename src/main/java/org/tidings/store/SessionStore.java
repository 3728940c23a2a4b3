package org.tidings.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Server-side login sessions, shared by every app node that uses the same database. */
public final class SessionStore {
    private static final String COLUMNS = "token_hash, user_id, stage, csrf_token, notice, created_at, last_seen_at";
    private final Jdbi jdbi;

    public SessionStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public void create(StoredSession session) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sessions (" + COLUMNS + ") VALUES (:tokenHash, :userId, "
                + ":stage, :csrfToken, :notice, :createdAt, :lastSeenAt)").bindMethods(session).execute());
    }

    public Optional<StoredSession> byTokenHash(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash).map((rs, ctx) -> new StoredSession(rs.getString("token_hash"),
                        rs.getLong("user_id"), rs.getString("stage"), rs.getString("csrf_token"),
                        rs.getString("notice"), Instant.ofEpochMilli(rs.getLong("created_at")),
                        Instant.ofEpochMilli(rs.getLong("last_seen_at")))).findOne());
    }

    public void touch(String tokenHash, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :at WHERE token_hash = :hash")
                .bind("hash", tokenHash).bind("at", at).execute());
    }

    /** Clears the one-time notice shown after login. */
    public void clearNotice(String tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE sessions SET notice = NULL WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    public void delete(String tokenHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    /** Ends every session of a user (password reset, disabled account). */
    public void deleteForUser(long userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", userId).execute());
    }

    /** Removes sessions not seen since {@code idleBefore} or started before {@code createdBefore}. */
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return jdbi.withHandle(h -> h.createUpdate(
                "DELETE FROM sessions WHERE last_seen_at < :idle OR created_at < :created")
                .bind("idle", idleBefore).bind("created", createdBefore).execute());
    }
}
