package org.tidings.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.i18n.Wording;
import org.tidings.store.FeedStore;

/**
 * Polls the feeds that are due: one request at a time per host, hosts in parallel on a bounded
 * pool. A host that answers 429 or 503 is left alone for the rest of the round and its other feeds
 * wait as long as it asked. Each feed's outcome is recorded on it; one broken feed never stops the
 * others. Run by {@link PollerJob} inside the server, or by {@code tidings poll}.
 */
public final class FeedPoller {
    /** Feeds taken per round: a round over more would hold the lease long before the last were fetched. */
    static final int MAX_PER_ROUND = 5_000;
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    private final Curation curation;
    private final FeedStore feeds;
    private final FeedFetch fetch;
    private final Clock clock;
    private final int threads;

    /** @param threads how many hosts are polled at once */
    public FeedPoller(Curation curation, FeedStore feeds, SafeFetcher fetcher, Clock clock, int threads) {
        this.curation = curation;
        this.feeds = feeds;
        this.fetch = new FeedFetch(curation, fetcher, clock);
        this.clock = clock;
        this.threads = threads;
    }

    /** What a round did. */
    public record Round(int polled, int withNewItems, int failed, int newItems) {
        static final Round NONE = new Round(0, 0, 0, 0);
    }

    /** How many feeds are due now. */
    public int dueCount() {
        return feeds.due(clock.instant(), MAX_PER_ROUND).size();
    }

    /** Polls every feed due now, telling {@code progress} of each as it ends (from several threads, one at a time). */
    public Round pollDue(Consumer<FeedPoll> progress) {
        List<Feed> due = feeds.due(clock.instant(), MAX_PER_ROUND);
        if (due.isEmpty()) {
            return Round.NONE;
        }
        Map<String, List<Feed>> byHost = new LinkedHashMap<>();
        for (Feed feed : due) {
            byHost.computeIfAbsent(hostOf(feed), host -> new ArrayList<>()).add(feed);
        }
        List<FeedPoll> polls = new ArrayList<>();
        Consumer<FeedPoll> collect = poll -> {
            synchronized (polls) {
                polls.add(poll);
                progress.accept(poll);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, byHost.size()),
                Thread.ofPlatform().daemon().name("feed-poller-", 1).factory());
        try {
            List<Future<?>> hosts = new ArrayList<>();
            byHost.forEach((host, queue) -> hosts.add(pool.submit(() -> pollHost(host, queue, collect))));
            for (Future<?> host : hosts) {
                waitFor(host);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Round(polls.size(), (int) polls.stream().filter(p -> p.added() > 0).count(),
                (int) polls.stream().filter(FeedPoll::failed).count(), polls.stream().mapToInt(FeedPoll::added).sum());
    }

    /** One host's due feeds one after the other, until it asks us to slow down. */
    private void pollHost(String host, List<Feed> queue, Consumer<FeedPoll> progress) {
        for (int i = 0; i < queue.size() && !Thread.currentThread().isInterrupted(); i++) {
            FeedPoll poll = pollSafely(queue.get(i));
            progress.accept(poll);
            if (poll.slowDown()) {
                slowDown(host, poll);
                return;
            }
        }
    }

    private FeedPoll pollSafely(Feed feed) {
        try {
            return fetch.poll(feed);
        } catch (RuntimeException e) {
            // the database failing under one feed: the next round tries it again
            log.warn("polling {} failed", feed.url(), e);
            return new FeedPoll(feed, FeedPoll.Outcome.FAILED, 0,
                    Wording.of("curation.feed.pollFailed", feed.url(), e.toString()), false,
                    PollSchedule.afterFailure(clock.instant(), feed.errorCount() + 1, null));
        }
    }

    /** The host's other feeds wait as long as it asked for this one. */
    private void slowDown(String host, FeedPoll poll) {
        List<Long> others = feeds.all().stream()
                .filter(feed -> feed.id() != poll.feed().id() && host.equals(hostOf(feed)))
                .map(Feed::id).toList();
        curation.postpone(others, poll.next().at(), Wording.of("curation.next.hostSlowDown", poll.next().reason()));
    }

    private static String hostOf(Feed feed) {
        String host = OutletHosts.host(feed.url());
        return host == null ? feed.url() : host;
    }

    private static void waitFor(Future<?> host) {
        try {
            host.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("a host's feeds could not all be polled", e.getCause());
        }
    }
}
