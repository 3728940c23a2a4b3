package org.tidings.curation;

import java.time.Clock;
import java.time.Instant;
import org.tidings.content.TidingsException;
import org.tidings.curation.feed.FeedParseException;
import org.tidings.curation.feed.FeedParser;
import org.tidings.curation.feed.ParsedFeed;
import org.tidings.curation.fetch.FetchRequest;
import org.tidings.curation.fetch.FetchResult;
import org.tidings.curation.fetch.ResponseHeaders;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.i18n.Wording;
import org.tidings.store.FeedStore.FetchRecord;

/**
 * One poll of one feed: a conditional GET with the validators kept from last time, its items
 * stored, and the outcome and next fetch recorded on the feed. Nothing escapes: a broken feed is
 * a recorded error that names it, never an exception that would stop the poller.
 */
final class FeedFetch {
    private final Curation curation;
    private final SafeFetcher fetcher;
    private final Clock clock;

    FeedFetch(Curation curation, SafeFetcher fetcher, Clock clock) {
        this.curation = curation;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    FeedPoll poll(Feed feed) {
        FetchResult answer = fetcher.fetch(FetchRequest.feed(feed.url(), feed.etag(), feed.lastModified()));
        Instant now = clock.instant();
        if (answer.notModified()) {
            ResponseHeaders headers = answer.headers();
            NextFetch next = PollSchedule.afterSuccess(now, headers.maxAge(), null);
            record(feed, answer, or(headers.etag(), feed.etag()), or(headers.lastModified(), feed.lastModified()),
                    null, 0, next);
            return new FeedPoll(feed, FeedPoll.Outcome.UNCHANGED, 0, null, false, next);
        }
        if (!answer.ok()) {
            boolean slowDown = answer.status() == 429 || answer.status() == 503;
            return failed(feed, answer, Wording.of("curation.feed.fetchFailed", feed.url(), answer.problem()),
                    slowDown);
        }
        try {
            ParsedFeed parsed = FeedParser.parse(feed.url(), answer.body(), answer.headers().contentType());
            NextFetch next = PollSchedule.afterSuccess(now, answer.headers().maxAge(), parsed.ttlMinutes());
            Curation.Saved saved = curation.saveFetched(feed, parsed, fetchRecord(answer, answer.headers().etag(),
                    answer.headers().lastModified(), null, 0, next));
            return new FeedPoll(feed, saved.added() > 0 ? FeedPoll.Outcome.NEW_ITEMS : FeedPoll.Outcome.UNCHANGED,
                    saved.added(), null, false, next);
        } catch (FeedParseException e) {
            return failed(feed, answer, e.wording(), false); // the parser's wording names the feed
        } catch (TidingsException e) {
            return failed(feed, answer, Wording.verbatim(e.getMessage()), false);
        } catch (RuntimeException e) {
            return failed(feed, answer, Wording.of("curation.feed.storeFailed", feed.url(), e.toString()), false);
        }
    }

    private FeedPoll failed(Feed feed, FetchResult answer, Wording error, boolean slowDown) {
        int errors = feed.errorCount() + 1;
        NextFetch next = PollSchedule.afterFailure(clock.instant(), errors,
                slowDown ? answer.headers().retryAfter() : null);
        record(feed, answer, feed.etag(), feed.lastModified(), error, errors, next);
        return new FeedPoll(feed, FeedPoll.Outcome.FAILED, 0, error, slowDown, next);
    }

    private void record(Feed feed, FetchResult answer, String etag, String lastModified, Wording error, int errors,
            NextFetch next) {
        curation.recordFetch(feed.id(), fetchRecord(answer, etag, lastModified, error, errors, next));
    }

    private FetchRecord fetchRecord(FetchResult answer, String etag, String lastModified, Wording error, int errors,
            NextFetch next) {
        return new FetchRecord(etag, lastModified, clock.instant(), answer.status() == 0 ? null : answer.status(),
                error, errors, next.at(), next.reason());
    }

    private static String or(String fresh, String kept) {
        return fresh != null ? fresh : kept;
    }
}
