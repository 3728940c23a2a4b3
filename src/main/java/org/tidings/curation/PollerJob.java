package org.tidings.curation;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.store.LeaseStore;

/**
 * The feed poller inside the server, on one node at a time: every {@link #TICK} the node holding
 * (or taking) the lease polls the feeds that are due. It runs on its own thread, since a round can
 * take minutes and must not hold up the server's other background jobs; it renews the lease as
 * each feed ends, so a long round keeps it and a dead node loses it within {@link #LEASE_LENGTH}.
 */
public final class PollerJob implements AutoCloseable {
    public static final String LEASE = "feed-poller";
    static final Duration TICK = Duration.ofSeconds(15);
    static final Duration LEASE_LENGTH = Duration.ofMinutes(2);
    private static final Duration RENEW_AFTER = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(PollerJob.class);
    private final FeedPoller poller;
    private final LeaseStore leases;
    private final String node;
    private final Clock leaseClock = Clock.systemUTC();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("feed-poller").factory());
    private volatile long renewedAt;

    public PollerJob(FeedPoller poller, LeaseStore leases, String node) {
        this.poller = poller;
        this.leases = leases;
        this.node = node;
    }

    /** Starts ticking, the first time after {@code delay} (start-up has more urgent work). */
    public PollerJob start(Duration delay) {
        thread.scheduleWithFixedDelay(this::tick, delay.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One round, if this node holds the lease; a failure is logged and the next tick tries again. */
    void tick() {
        try {
            if (!renew()) {
                return;
            }
            FeedPoller.Round round = poller.pollDue(poll -> {
                if (leaseClock.millis() - renewedAt > RENEW_AFTER.toMillis()) {
                    renew();
                }
            });
            if (round.polled() > 0) {
                log.info("polled {} feed(s): {} new item(s), {} failed", round.polled(), round.newItems(),
                        round.failed());
            }
        } catch (RuntimeException e) {
            log.error("polling feeds failed; will try again", e);
        }
    }

    private boolean renew() {
        boolean held = leases.hold(LEASE, node, leaseClock.instant(), LEASE_LENGTH);
        if (held) {
            renewedAt = leaseClock.millis();
        }
        return held;
    }

    /** Stops polling and gives the lease up, so another node takes over at once. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
            leases.release(LEASE, node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("could not give the feed poller's lease up; it lapses by itself in {} s",
                    LEASE_LENGTH.toSeconds());
        }
    }
}
