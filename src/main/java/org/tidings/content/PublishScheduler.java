package org.tidings.content;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final ScheduledExecutorService executor;

    private PublishScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static PublishScheduler start(ContentService content) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "publish-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> publishDue(content), 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        return new PublishScheduler(executor);
    }

    /** One check; a failure is logged and the next tick tries again (an exception would stop the schedule). */
    private static void publishDue(ContentService content) {
        try {
            int published = content.publishDue();
            if (published > 0) {
                log.info("published {} scheduled post(s)", published);
            }
        } catch (RuntimeException e) {
            log.error("publishing scheduled posts failed; will try again", e);
        }
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
