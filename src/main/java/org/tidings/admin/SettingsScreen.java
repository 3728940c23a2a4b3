package org.tidings.admin;

import io.javalin.http.HttpStatus;
import org.tidings.app.Templates;
import org.tidings.store.SettingStore;

/** Site-wide security settings, for admins; every change goes to the audit log. */
public final class SettingsScreen {
    private final SettingStore settings;
    private final AuditLog audit;
    private final Templates templates;

    SettingsScreen(SettingStore settings, AuditLog audit, Templates templates) {
        this.settings = settings;
        this.audit = audit;
        this.templates = templates;
    }

    public AdminHandler show() {
        return (ctx, request) -> ctx.html(templates.render("admin/settings.jte", new SettingsView(
                request.page("Settings"), Boolean.parseBoolean(settings.value(AdminGuard.REQUIRE_TWO_FACTOR, "false")))));
    }

    public AdminHandler save() {
        return (ctx, request) -> {
            boolean required = "on".equals(ctx.formParam("require_two_factor"));
            boolean before = Boolean.parseBoolean(settings.value(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
            if (required != before) {
                settings.put(AdminGuard.REQUIRE_TWO_FACTOR, Boolean.toString(required));
                audit.record(ctx, request.user(), AuditEvent.SETTINGS_CHANGED,
                        "require two-factor login: " + (required ? "on" : "off"));
            }
            ctx.redirect("/admin/settings/", HttpStatus.SEE_OTHER);
        };
    }
}
