package org.tidings.store;

import java.time.Instant;

/** The failed logins counted against one throttle key, and the end of its lock if any. */
public record LoginFailures(String throttleKey, int failures, Instant lastFailureAt, Instant lockedUntil) {
}
