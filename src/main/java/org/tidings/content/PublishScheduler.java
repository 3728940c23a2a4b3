package org.tidings.content;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled posts when their time comes, from a thread of its own rather than on
 * reader traffic. Its first check runs at once, so posts due while the server was down go
 * live at start-up (each with its own scheduled date).
 */
public final class PublishScheduler implements AutoCloseable {
    /** How often it looks: a post goes live at most this long after its time. */
    public static final Duration TICK = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(PublishScheduler.class);
    private final ContentService content;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "publish-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong published = new AtomicLong();

    private PublishScheduler(ContentService content) {
        this.content = content;
    }

    public static PublishScheduler start(ContentService content) {
        PublishScheduler scheduler = new PublishScheduler(content);
        scheduler.executor.scheduleWithFixedDelay(scheduler::publishDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }

    /** One check; a failure is logged and the next tick tries again (an exception would stop the schedule). */
    private void publishDue() {
        try {
            int count = content.publishDue();
            published.addAndGet(count);
            succeeded.incrementAndGet();
            if (count > 0) {
                log.info("published {} scheduled post(s)", count);
            }
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            log.error("publishing scheduled posts failed; will try again", e);
        }
    }

    /** How many checks ran to the end. */
    public long succeededRuns() {
        return succeeded.get();
    }

    /** How many checks failed. */
    public long failedRuns() {
        return failed.get();
    }

    /** How many posts the checks published. */
    public long published() {
        return published.get();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
