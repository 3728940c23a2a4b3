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
    /** How long the index may lack a committed change before the node stops taking readers. */
    static final Duration INDEX_GRACE = Duration.ofSeconds(5);
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

    /**
     * The search index is open and caught up with the change log: it holds every change, or the
     * first it lacks was committed less than {@link #INDEX_GRACE} ago (it is on its way).
     */
    Optional<String> searchIndex() {
        if (!search.isReady()) {
            return Optional.of("search index not ready");
        }
        long position = search.position();
        long behind = database.changeLog().latest() - position;
        if (behind <= 0) {
            return Optional.empty();
        }
        long oldestMissing = database.changeLog().committedAt(position + 1);
        boolean onItsWay = System.currentTimeMillis() - oldestMissing < INDEX_GRACE.toMillis();
        return onItsWay ? Optional.empty() : Optional.of("search index " + behind + " changes behind the log");
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
