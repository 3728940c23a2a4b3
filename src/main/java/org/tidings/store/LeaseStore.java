package org.tidings.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Leases that let one node at a time run a background job across every node on one database.
 * A holder renews its lease well before it expires; a node that dies stops renewing, and the
 * first node to ask after the expiry takes the lease over.
 */
public final class LeaseStore {
    private final Jdbi jdbi;

    public LeaseStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * Takes or renews the lease {@code name} for {@code holder} until {@code now + length}; true
     * when {@code holder} holds it now. One statement, so two nodes asking at once cannot both win.
     */
    public boolean hold(String name, String holder, Instant now, Duration length) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO leases (name, holder, expires_at) VALUES (:name, :holder, :until)
                        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                        WHERE leases.holder = excluded.holder OR leases.expires_at < :now""")
                .bind("name", name).bind("holder", holder).bind("until", now.plus(length)).bind("now", now)
                .execute() == 1);
    }

    /** Who holds the lease {@code name}, if anyone has taken it (it may have lapsed since). */
    public Optional<String> holder(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT holder FROM leases WHERE name = :name")
                .bind("name", name).mapTo(String.class).findOne());
    }

    /** Gives the lease up at once (a node stopping cleanly), if {@code holder} holds it. */
    public void release(String name, String holder) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM leases WHERE name = :name AND holder = :holder")
                .bind("name", name).bind("holder", holder).execute());
    }
}
