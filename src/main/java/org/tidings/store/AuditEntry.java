package org.tidings.store;

import java.time.Instant;

/**
 * One audit log line: what happened ({@code event}, e.g. "login.failed"), who did it (null
 * actor for the command line or an unknown name), to what, and from which client address.
 */
public record AuditEntry(Instant at, String event, Long actorId, String actorName, String subject,
        String clientAddress) {
}
