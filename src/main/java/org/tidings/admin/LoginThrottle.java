package org.tidings.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.tidings.store.LoginFailureStore;
import org.tidings.store.LoginFailures;

/**
 * Slows down password guessing per account name and per client address: a growing delay, then
 * a temporary lock. Names are throttled whether or not an account exists, so the answers
 * reveal nothing. Keys are stored hashed: a password typed as a name is never kept readable.
 * Time comes from the injected clock; nothing here sleeps.
 */
final class LoginThrottle {
    private final LoginFailureStore store;
    private final Clock clock;

    LoginThrottle(LoginFailureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How long the caller must still wait before trying {@code username} from {@code address}, if at all. */
    Optional<Duration> waitBeforeAttempt(String username, String address) {
        Duration account = wait(accountKey(username), ThrottlePolicy.ACCOUNT);
        Duration client = wait(addressKey(address), ThrottlePolicy.ADDRESS);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    /** Counts a failure against both keys; true if that locked the account name. */
    boolean recordFailure(String username, String address) {
        count(addressKey(address), ThrottlePolicy.ADDRESS);
        return count(accountKey(username), ThrottlePolicy.ACCOUNT).lockedUntil() != null;
    }

    /** Forgets the account name's failures after a full login, returning what they were for its owner to see. */
    Optional<LoginFailures> recordSuccess(String username) {
        Optional<LoginFailures> before = store.byKey(accountKey(username));
        store.clear(accountKey(username));
        return before;
    }

    private Duration wait(String key, ThrottlePolicy policy) {
        Instant now = clock.instant();
        Optional<LoginFailures> found = current(key, policy);
        if (found.isEmpty()) {
            return Duration.ZERO;
        }
        LoginFailures failures = found.get();
        Instant until = failures.lastFailureAt().plus(policy.delayAfter(failures.failures()));
        if (failures.lockedUntil() != null && failures.lockedUntil().isAfter(until)) {
            until = failures.lockedUntil();
        }
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private LoginFailures count(String key, ThrottlePolicy policy) {
        Instant now = clock.instant();
        int failures = current(key, policy).map(LoginFailures::failures).orElse(0) + 1;
        Instant lockedUntil = failures >= policy.lockAfter() ? now.plus(policy.lockFor()) : null;
        LoginFailures updated = new LoginFailures(key, failures, now, lockedUntil);
        store.put(updated);
        return updated;
    }

    /** The key's failures unless they are old enough to forget. */
    private Optional<LoginFailures> current(String key, ThrottlePolicy policy) {
        Instant forgetBefore = clock.instant().minus(policy.forgetAfter());
        return store.byKey(key).filter(f -> f.lastFailureAt().isAfter(forgetBefore));
    }

    private static String accountKey(String username) {
        return "user:" + Tokens.sha256(username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "ip:" + Tokens.sha256(address);
    }
}
