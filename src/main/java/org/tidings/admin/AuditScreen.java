package org.tidings.admin;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidings.app.Templates;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.store.AuditStore;

/** Admins read the audit log, newest first, filtered by event, user and start date (UTC). */
final class AuditScreen implements AdminHandler {
    static final int LIMIT = 500;
    private final AuditStore store;
    private final Templates templates;

    AuditScreen(AuditStore store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    @Override
    public void handle(Context ctx, AdminRequest request) {
        List<String> events = Arrays.stream(AuditEvent.values()).map(AuditEvent::code).toList();
        String event = param(ctx, "event").filter(events::contains).orElse(null);
        String user = param(ctx, "user").map(u -> u.toLowerCase(Locale.ROOT)).orElse(null);
        String since = param(ctx, "since").orElse(null);
        LocalDate from = null;
        try {
            from = since == null ? null : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            since = null;
        }
        List<AuditRow> rows = store.newest(event, user, from == null ? null : from.atStartOfDay(ZoneOffset.UTC)
                .toInstant(), LIMIT).stream().map(entry -> new AuditRow(Dates.second(entry.at(), ZoneOffset.UTC), entry.event(),
                entry.actorName() == null ? "" : entry.actorName(), entry.subject(),
                entry.clientAddress() == null ? "" : entry.clientAddress())).toList();
        ctx.html(templates.render("admin/audit.jte", new AuditView(request.page(Messages.t("admin.nav.audit")),
                event == null ? "" : event, user == null ? "" : user, since == null ? "" : since, events, rows, LIMIT)));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
