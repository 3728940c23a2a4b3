package org.tidings.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.Role;
import org.tidings.content.User;

/** Reads and writes admin accounts. Usernames arrive here already in lower case. */
public final class UserStore {
    private static final String COLUMNS = "id, username, password_hash, role, disabled, must_change_password, "
            + "author_id, totp_secret, totp_enabled, totp_last_step, created_at, last_login_at";
    private final Jdbi jdbi;

    public UserStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<User> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).mapTo(User.class).findOne());
    }

    public Optional<User> byUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE username = :username")
                .bind("username", username).mapTo(User.class).findOne());
    }

    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY username")
                .mapTo(User.class).list());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one());
    }

    public long create(String username, String passwordHash, Role role, boolean mustChangePassword, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO users (username, password_hash, role, must_change_password, created_at)
                VALUES (:username, :hash, :role, :mustChange, :now)""")
                .bind("username", username).bind("hash", passwordHash).bind("role", role.db())
                .bind("mustChange", mustChangePassword).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public void setPassword(long id, String passwordHash, boolean mustChangePassword) {
        jdbi.useHandle(h -> h.createUpdate(
                "UPDATE users SET password_hash = :hash, must_change_password = :mustChange WHERE id = :id")
                .bind("id", id).bind("hash", passwordHash).bind("mustChange", mustChangePassword).execute());
    }

    public void setRole(long id, Role role) {
        set(id, "role", role.db());
    }

    public void setDisabled(long id, boolean disabled) {
        set(id, "disabled", disabled);
    }

    public void setAuthor(long id, Long authorId) {
        set(id, "author_id", authorId);
    }

    public void setLastLogin(long id, Instant at) {
        set(id, "last_login_at", at);
    }

    /** Stores a new secret, not in use until {@link #enableTotp} (enrolment in progress). */
    public void setPendingTotp(long id, String secret) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET totp_secret = :secret, totp_enabled = FALSE WHERE id = :id")
                .bind("id", id).bind("secret", secret).execute());
    }

    public void enableTotp(long id, long step) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET totp_enabled = TRUE, totp_last_step = :step WHERE id = :id")
                .bind("id", id).bind("step", step).execute());
    }

    public void disableTotp(long id) {
        jdbi.useHandle(h -> h.createUpdate(
                "UPDATE users SET totp_secret = NULL, totp_enabled = FALSE, totp_last_step = 0 WHERE id = :id")
                .bind("id", id).execute());
    }

    /**
     * Records that the code of time step {@code step} was used, unless that step or a later one
     * was used already; false means a replayed code.
     */
    public boolean useTotpStep(long id, long step) {
        return jdbi.withHandle(h -> h.createUpdate(
                "UPDATE users SET totp_last_step = :step WHERE id = :id AND totp_last_step < :step")
                .bind("id", id).bind("step", step).execute()) == 1;
    }

    /** Sets one column; {@code column} is always a literal of this class, never input. */
    private void set(long id, String column, Object value) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET " + column + " = :value WHERE id = :id")
                .bind("id", id).bind("value", value).execute());
    }
}
