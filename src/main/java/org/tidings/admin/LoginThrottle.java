package org.tidings.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tidings.store.LoginFailureStore;
import org.tidings.store.LoginFailures;

/**
 * Slows down password guessing without letting strangers lock an owner out. A browser holding a
 * device cookie for the account ({@link DeviceCookies}) is throttled by its own failures alone.
 * Any other attempt is throttled per account and address together, per address (one address
 * guessing many names), and per account from all addresses at once (guessing spread over
 * many), with a growing delay and then a temporary lock. Names are throttled whether or not an
 * account exists, so the answers reveal nothing. Every failure is also counted for the owner,
 * who is told at the next login. Keys are stored hashed: a password typed as a name is never
 * kept readable. Time comes from the injected clock; nothing here sleeps.
 */
final class LoginThrottle {
    private final LoginFailureStore store;
    private final Clock clock;

    LoginThrottle(LoginFailureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How long the caller must still wait before this attempt, if at all. */
    Optional<Duration> waitBeforeAttempt(LoginAttempt attempt) {
        Duration longest = Duration.ZERO;
        if (knownDevice(attempt)) {
            longest = wait(deviceKey(attempt), ThrottlePolicy.DEVICE);
        } else {
            for (Duration wait : List.of(wait(addressKey(attempt), ThrottlePolicy.ADDRESS),
                    wait(pairKey(attempt), ThrottlePolicy.ACCOUNT_AT_ADDRESS),
                    wait(accountKey(attempt.username()), ThrottlePolicy.ACCOUNT))) {
                longest = wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /**
     * Counts a failed attempt: against its device cookie only, if it has a known one, else
     * against its address, the account at that address and the account. True if that locked
     * some way into the account (the device cookie for good).
     */
    boolean recordFailure(LoginAttempt attempt) {
        List<LoginFailures> counted;
        if (knownDevice(attempt)) {
            counted = List.of(count(deviceKey(attempt), ThrottlePolicy.DEVICE));
        } else {
            count(addressKey(attempt), ThrottlePolicy.ADDRESS);
            counted = List.of(count(pairKey(attempt), ThrottlePolicy.ACCOUNT_AT_ADDRESS),
                    count(accountKey(attempt.username()), ThrottlePolicy.ACCOUNT));
        }
        Instant locked = counted.stream().map(LoginFailures::lockedUntil).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        tellOwner(attempt.username(), locked);
        return locked != null;
    }

    /**
     * After a full login: forgets the failures of the account at this address and returns, for
     * the owner to see, every failure on the account since the last login. The count of the
     * account across all addresses is left to expire: the owner logging in says nothing about
     * strangers still guessing. So is the count of the device cookie the browser came with: it
     * gets a new one, and a copy of the old one must not get its guesses back.
     */
    Optional<LoginFailures> recordSuccess(LoginAttempt attempt) {
        store.clear(pairKey(attempt));
        String owner = ownerKey(attempt.username());
        Optional<LoginFailures> before = store.byKey(owner);
        store.clear(owner);
        return before;
    }

    /** Whether the attempt comes with a device cookie that still counts: fewer failures than the lock. */
    private boolean knownDevice(LoginAttempt attempt) {
        return attempt.device().isPresent() && current(deviceKey(attempt), ThrottlePolicy.DEVICE)
                .map(f -> f.failures() < ThrottlePolicy.DEVICE.lockAfter()).orElse(true);
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

    /** Adds a failure to what the account's owner will be told, with the latest lock it caused. */
    private void tellOwner(String username, Instant locked) {
        String key = ownerKey(username);
        Optional<LoginFailures> before = store.byKey(key);
        Instant lockedUntil = before.map(LoginFailures::lockedUntil).orElse(null);
        if (locked != null && (lockedUntil == null || locked.isAfter(lockedUntil))) {
            lockedUntil = locked;
        }
        store.put(new LoginFailures(key, before.map(LoginFailures::failures).orElse(0) + 1, clock.instant(), lockedUntil));
    }

    /** The key's failures unless they are old enough to forget. */
    private Optional<LoginFailures> current(String key, ThrottlePolicy policy) {
        Instant forgetBefore = clock.instant().minus(policy.forgetAfter());
        return store.byKey(key).filter(f -> f.lastFailureAt().isAfter(forgetBefore));
    }

    private static String name(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String username) {
        return "user:" + Tokens.sha256(name(username));
    }

    private static String pairKey(LoginAttempt attempt) {
        return "user-ip:" + Tokens.sha256(name(attempt.username()) + "\n" + attempt.address());
    }

    private static String addressKey(LoginAttempt attempt) {
        return "ip:" + Tokens.sha256(attempt.address());
    }

    private static String deviceKey(LoginAttempt attempt) {
        return "device:" + Tokens.sha256(attempt.device().orElseThrow());
    }

    private static String ownerKey(String username) {
        return "owner:" + Tokens.sha256(name(username));
    }
}
