package org.tidings.admin;

import java.time.Duration;

/**
 * How failed logins slow down one key: after {@code freeFailures} each further attempt must
 * wait twice as long as the one before (from one second up to {@code maxDelay}); at
 * {@code lockAfter} failures the key is locked for {@code lockFor}. Failures older than
 * {@code forgetAfter} are forgotten.
 */
record ThrottlePolicy(int freeFailures, int lockAfter, Duration maxDelay, Duration lockFor, Duration forgetAfter) {
    /** Per account name and client address: a person mistypes a few times, a guesser many. */
    static final ThrottlePolicy ACCOUNT_AT_ADDRESS = new ThrottlePolicy(3, 10, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofDays(1));
    /**
     * Per account name, from every address together, for browsers without a device cookie: it
     * slows guessing spread over many addresses. Looser than the above, since strangers count
     * here too; the owner's own browser passes it with its device cookie.
     */
    static final ThrottlePolicy ACCOUNT = new ThrottlePolicy(10, 30, Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofDays(1));
    /**
     * Per device cookie: its owner mistypes like anyone. At {@code lockAfter} failures the cookie
     * stops counting as a known browser for the rest of its life (someone may have stolen it),
     * so its failures are kept as long as it could live.
     */
    static final ThrottlePolicy DEVICE = new ThrottlePolicy(3, 10, Duration.ofMinutes(1), Duration.ofMinutes(15),
            DeviceCookies.LIFETIME);
    /** Per client address: many people may share one address (a newsroom behind NAT). */
    static final ThrottlePolicy ADDRESS = new ThrottlePolicy(20, 100, Duration.ofMinutes(1), Duration.ofMinutes(30),
            Duration.ofDays(1));

    /** The wait required after the {@code failures}-th failure before the next attempt. */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
