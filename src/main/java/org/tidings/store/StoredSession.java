package org.tidings.store;

import java.time.Instant;

/** One server-side login session as stored; {@code stage} is "full" or "two_factor". */
public record StoredSession(
        String tokenHash,
        long userId,
        String stage,
        String csrfToken,
        String notice,
        Instant createdAt,
        Instant lastSeenAt) {
}
