package org.tidings.admin;

/** One audit log line as shown: time, event, who, what, and the client address (may be empty). */
public record AuditRow(String at, String event, String actor, String subject, String clientAddress) {
}
