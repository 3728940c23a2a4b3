package org.tidings.content;

import java.time.Clock;
import java.time.Duration;
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
    static final String LEASE = "publish-scheduler";
    private static final Logger log = LoggerFactory.getLogger(PublishScheduler.class);
    private final ContentService content;
    private final LeaseStore leases;
    private final String node;
    /** Real time for the lease, whatever clock the content is dated by. */
    private final Clock leaseClock = Clock.systemUTC();

    /** A scheduler for this process, known to the others as {@code node}. */
    public PublishScheduler(ContentService content, LeaseStore leases, String node) {
        this.content = content;
        this.leases = leases;
        this.node = node;
    }

    /** One check, if this node holds (or can take) the lease. */
    public void tick() {
        if (!leases.hold(LEASE, node, leaseClock.instant(), LEASE_LENGTH)) {
            return;
        }
        int published = content.publishDue();
        if (published > 0) {
            log.info("published {} scheduled post(s)", published);
        }
    }

    /** Gives the lease up, so another node takes over at once rather than after it expires. */
    public void stop() {
        leases.release(LEASE, node);
    }
}
