package org.tidings.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Single-use two-factor recovery codes, kept only as hashes. */
public final class RecoveryCodeStore {
    private final Jdbi jdbi;

    public RecoveryCodeStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Replaces every code of {@code userId} with new ones. */
    public void replace(long userId, List<String> codeHashes) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM recovery_codes WHERE user_id = :id").bind("id", userId).execute();
            for (String hash : codeHashes) {
                h.createUpdate("INSERT INTO recovery_codes (user_id, code_hash) VALUES (:id, :hash)")
                        .bind("id", userId).bind("hash", hash).execute();
            }
        });
    }

    /** Marks an unused code as used; false if there is no such unused code. */
    public boolean use(long userId, String codeHash, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE recovery_codes SET used_at = :at
                WHERE user_id = :id AND code_hash = :hash AND used_at IS NULL""")
                .bind("id", userId).bind("hash", codeHash).bind("at", at).execute()) == 1;
    }

    public int unused(long userId) {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM recovery_codes WHERE user_id = :id AND used_at IS NULL")
                .bind("id", userId).mapTo(Integer.class).one());
    }

    public void deleteForUser(long userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM recovery_codes WHERE user_id = :id").bind("id", userId).execute());
    }
}
