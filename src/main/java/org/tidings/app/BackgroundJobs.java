package org.tidings.app;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's background work on two shared threads: following the change log, committing the
 * search index, publishing scheduled posts. Two, so that one long job (reindexing a big category)
 * leaves the others running. A job that fails is logged and runs again at its next turn.
 */
final class BackgroundJobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2,
            Thread.ofPlatform().daemon().name("tidings-jobs-", 1).factory());

    BackgroundJobs() {
        // A stopping server does not wait for a job that has not begun (the delayed warm-up).
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs {@code job} now and then again {@code pause} after each run ends. */
    void every(Duration pause, String name, Runnable job) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("background job '{}' failed; it runs again in {} ms", name, pause.toMillis(), e);
            }
        }, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code job} once, {@code after} from now. */
    void once(Duration after, String name, Runnable job) {
        executor.schedule(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("background job '{}' failed", name, e);
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops scheduling and lets a job under way finish (a long reindex: up to two minutes). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.MINUTES)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
