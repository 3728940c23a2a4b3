package org.tidings.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tidings.search.SearchIndex;
import org.tidings.store.Database;

/**
 * Whether this node should be sent readers: one method per check, each naming what is wrong in a
 * few words a load balancer's log can show, or nothing. Thread-safe.
 */
public final class Readiness {
    /** Longer than a probe usually waits: an answer that slow means the database is not answering. */
    static final Duration DATABASE_DEADLINE = Duration.ofSeconds(2);
    private final Database database;
    private final SearchIndex search;
    private CompletableFuture<Boolean> databaseCheck;

    public Readiness(Database database, SearchIndex search) {
        this.database = database;
        this.search = search;
    }

    /** The first problem found, or empty when the node is ready. */
    public Optional<String> problem() {
        return database().or(this::searchIndex);
    }

    /** The database answers a trivial query in time. */
    Optional<String> database() {
        try {
            if (databaseCheck().get(DATABASE_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (TimeoutException | ExecutionException e) {
            // Reported below: whatever failed, the database did not answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.of("database unreachable");
    }

    /** The search index is open and up to date. */
    Optional<String> searchIndex() {
        return search.isReady() ? Optional.empty() : Optional.of("search index not ready");
    }

    /**
     * The check under way, or a new one: probes that arrive while the database hangs wait on the
     * same query instead of each taking a connection of their own.
     */
    private synchronized CompletableFuture<Boolean> databaseCheck() {
        if (databaseCheck == null || databaseCheck.isDone()) {
            databaseCheck = CompletableFuture.supplyAsync(database::answers, task -> Thread.ofVirtual().start(task));
        }
        return databaseCheck;
    }
}
