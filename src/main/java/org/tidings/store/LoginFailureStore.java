package org.tidings.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Counts failed logins per account name and per client address, for throttling. */
public final class LoginFailureStore {
    private final Jdbi jdbi;

    public LoginFailureStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<LoginFailures> byKey(String key) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT throttle_key, failures, last_failure_at, locked_until FROM login_failures WHERE throttle_key = :key")
                .bind("key", key).map((rs, ctx) -> {
                    long locked = rs.getLong("locked_until");
                    return new LoginFailures(rs.getString("throttle_key"), rs.getInt("failures"),
                            Instant.ofEpochMilli(rs.getLong("last_failure_at")),
                            rs.wasNull() ? null : Instant.ofEpochMilli(locked));
                }).findOne());
    }

    public void put(LoginFailures failures) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM login_failures WHERE throttle_key = :key")
                    .bind("key", failures.throttleKey()).execute();
            h.createUpdate("""
                    INSERT INTO login_failures (throttle_key, failures, last_failure_at, locked_until)
                    VALUES (:throttleKey, :failures, :lastFailureAt, :lockedUntil)""").bindMethods(failures).execute();
        });
    }

    public void clear(String key) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE throttle_key = :key")
                .bind("key", key).execute());
    }
}
