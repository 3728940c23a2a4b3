package org.tidings.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.content.ChangeSubscriber;
import org.tidings.content.LoggedChange;
import org.tidings.store.ChangeLog;

/**
 * Keeps this node's subscribers (page cache, search index, settings) in step with the change log.
 * Background jobs call {@link #follow} a few times a second, which picks up what other nodes and
 * commands wrote; this node's own writes call {@link #followAtOnce} right after their commit, so an
 * editor's next page already shows the change. Each subscriber is applied by one thread at a time.
 */
public final class ChangeFollower {
    /** Rows read from the log at a time. */
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);
    private final ChangeLog changeLog;
    private final List<Followed> followed = new CopyOnWriteArrayList<>();

    private record Followed(String name, ChangeSubscriber subscriber, ReentrantLock lock) {
    }

    public ChangeFollower(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    public void add(String name, ChangeSubscriber subscriber) {
        followed.add(new Followed(name, subscriber, new ReentrantLock()));
    }

    /** The names of the subscribers, in the order they were added. */
    public List<String> names() {
        return followed.stream().map(Followed::name).toList();
    }

    /**
     * Applies every new change to the subscriber {@code name}, waiting if it is busy. Each subscriber
     * is followed on its own, so a long change to the search index does not hold up the page cache.
     */
    public void follow(String name) {
        for (Followed one : followed) {
            if (!one.name().equals(name)) {
                continue;
            }
            one.lock().lock();
            try {
                catchUp(one, false);
            } catch (RuntimeException e) {
                log.warn("could not apply the change log to the {}; trying again shortly", one.name(), e);
            } finally {
                one.lock().unlock();
            }
        }
    }

    /**
     * Applies new changes to the subscribers that take them at once; a subscriber busy with a long
     * change, or that leaves this one to the background, is skipped and catches up in {@link #follow}.
     */
    public void followAtOnce() {
        for (Followed one : followed) {
            if (!lockSoon(one.lock())) {
                continue;
            }
            try {
                catchUp(one, true);
            } catch (RuntimeException e) {
                log.warn("could not apply the change log to the {}; trying again shortly", one.name(), e);
            } finally {
                one.lock().unlock();
            }
        }
    }

    /** Waits a little for a subscriber the background is applying (usually for microseconds), not for a long change. */
    private static boolean lockSoon(ReentrantLock lock) {
        try {
            return lock.tryLock(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many changes the slowest subscriber has yet to apply. */
    public long lag() {
        long latest = changeLog.latest();
        return followed.stream().mapToLong(one -> Math.max(0, latest - one.subscriber().position())).max().orElse(0);
    }

    private void catchUp(Followed one, boolean atOnce) {
        while (true) {
            List<LoggedChange> changes = changeLog.after(one.subscriber().position(), BATCH);
            if (changes.isEmpty() || (atOnce && !one.subscriber().appliesAtOnce(changes))) {
                return;
            }
            one.subscriber().apply(changes);
        }
    }
}
