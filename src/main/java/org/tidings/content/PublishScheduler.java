package org.tidings.content;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.store.LeaseStore;

/**
 * Publishes scheduled posts when their time comes, from a background job rather than on reader
 * traffic, on one node at a time: the node holding the scheduler's lease. A node that dies stops
 * renewing it, and another takes over within {@link #LEASE_LENGTH}. Its first check runs at
 * start-up, so posts due while no server ran go live then (each with its own scheduled date).
 */
public final class PublishScheduler {
    /** How often it looks: a post goes live at most this long after its time. */
    public static final Duration TICK = Duration.ofSeconds(1);
    /** How long a silent holder keeps the lease: a dead node's posts wait at most this long. */
    public static final Duration LEASE_LENGTH = Duration.ofSeconds(5);
    public static final String LEASE = "publish-scheduler";
    private static final Logger log = LoggerFactory.getLogger(PublishScheduler.class);
    private final ContentService content;
    private final LeaseStore leases;
    private final String node;
    /** Real time for the lease, whatever clock the content is dated by. */
    private final Clock leaseClock = Clock.systemUTC();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong published = new AtomicLong();

    /** A scheduler for this process, known to the others as {@code node}. */
    public PublishScheduler(ContentService content, LeaseStore leases, String node) {
        this.content = content;
        this.leases = leases;
        this.node = node;
    }

    /** One check, if this node holds (or can take) the lease; a failure is counted, logged and tried again next tick. */
    public void tick() {
        try {
            if (!leases.hold(LEASE, node, leaseClock.instant(), LEASE_LENGTH)) {
                return;
            }
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

    /** Gives the lease up, so another node takes over at once rather than after it expires. */
    public void stop() {
        try {
            leases.release(LEASE, node);
        } catch (RuntimeException e) {
            log.warn("could not give the scheduler's lease up; it lapses by itself in {} s", LEASE_LENGTH.toSeconds());
        }
    }

    /** How many checks ran to the end on this node. */
    public long succeededRuns() {
        return succeeded.get();
    }

    /** How many checks failed. */
    public long failedRuns() {
        return failed.get();
    }

    /** How many posts this node's checks published. */
    public long published() {
        return published.get();
    }
}
