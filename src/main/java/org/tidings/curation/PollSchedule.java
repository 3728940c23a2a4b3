package org.tidings.curation;

import java.time.Duration;
import java.time.Instant;
import org.tidings.i18n.Wording;

/**
 * When a feed is fetched next, and why: as often as the outlet asks (Cache-Control max-age, else the
 * feed's TTL, else every half hour), but no more than every 5 minutes nor less than every 4 hours;
 * after errors a back-off that doubles from 5 minutes up to 4 hours and never gives up; a server
 * that says Retry-After (429, 503) is waited for.
 */
final class PollSchedule {
    static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
    static final Duration MAX_INTERVAL = Duration.ofHours(4);
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);

    private PollSchedule() {
    }

    /** After a good answer (new items or 304): the outlet's own pace. */
    static NextFetch afterSuccess(Instant now, Duration maxAge, Integer ttlMinutes) {
        if (maxAge != null) {
            return clamped(now, maxAge, Wording.of("curation.next.maxAge"));
        }
        if (ttlMinutes != null && ttlMinutes > 0) {
            return clamped(now, Duration.ofMinutes(ttlMinutes), Wording.of("curation.next.ttl"));
        }
        return clamped(now, DEFAULT_INTERVAL, Wording.of("curation.next.default"));
    }

    /** After the {@code errors}-th failure in a row: Retry-After when the server gave one, else back-off. */
    static NextFetch afterFailure(Instant now, int errors, Duration retryAfter) {
        if (retryAfter != null) {
            return clamped(now, retryAfter, Wording.of("curation.next.retryAfter"));
        }
        return new NextFetch(now.plus(backOff(errors)), Wording.of("curation.next.backOff", errors));
    }

    /** 5 minutes after the first error, doubling after each, at most 4 hours. */
    static Duration backOff(int errors) {
        int doublings = Math.min(Math.max(errors - 1, 0), 16);
        Duration wait = MIN_INTERVAL.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : wait;
    }

    private static NextFetch clamped(Instant now, Duration asked, Wording reason) {
        if (asked.compareTo(MIN_INTERVAL) < 0) {
            return new NextFetch(now.plus(MIN_INTERVAL),
                    Wording.of("curation.next.raised", reason, MIN_INTERVAL.toMinutes()));
        }
        if (asked.compareTo(MAX_INTERVAL) > 0) {
            return new NextFetch(now.plus(MAX_INTERVAL), Wording.of("curation.next.cut", reason, MAX_INTERVAL.toHours()));
        }
        return new NextFetch(now.plus(asked), reason);
    }
}
