package org.tidings.admin;

import java.util.List;

/**
 * The audit log viewer: the filters as given (empty: not filtering), the event codes to choose
 * from, and the newest matching lines.
 */
public record AuditView(AdminPage page, String event, String user, String since, List<String> events,
        List<AuditRow> rows, int limit) {
}
