package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.site.Site;
import org.tidings.store.SettingStore;

/** The site's title and tagline and its security rules, for admins; every change goes to the audit log. */
public final class SettingsScreen {
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 300;
    private final SettingStore settings;
    private final AuditLog audit;
    private final Templates templates;
    private final Site site;

    SettingsScreen(SettingStore settings, AuditLog audit, Templates templates, Site site) {
        this.settings = settings;
        this.audit = audit;
        this.templates = templates;
        this.site = site;
    }

    public AdminHandler show() {
        return (ctx, request) -> render(ctx, request, HttpStatus.OK, site.title(), site.description(), null);
    }

    /** Saves what changed; a field the form did not send stays as it was. */
    public AdminHandler save() {
        return (ctx, request) -> {
            String title = field(ctx, "site_title", site.title());
            String description = field(ctx, "site_description", site.description());
            String error = problem(title, description);
            if (error != null) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, title, description, error);
                return;
            }
            saveNames(ctx, request, title, description);
            saveTwoFactorRule(ctx, request);
            SafeRedirect.to(ctx, "/admin/settings/", HttpStatus.SEE_OTHER);
        };
    }

    /** What is wrong with the names typed, or null. */
    private static String problem(String title, String description) {
        if (title.isEmpty()) {
            return "Give the site a title.";
        }
        if (title.length() > MAX_TITLE) {
            return "The title is longer than " + MAX_TITLE + " characters.";
        }
        if (description.length() > MAX_DESCRIPTION) {
            return "The tagline is longer than " + MAX_DESCRIPTION + " characters.";
        }
        return null;
    }

    private void saveNames(Context ctx, AdminRequest request, String title, String description) {
        if (title.equals(site.title()) && description.equals(site.description())) {
            return;
        }
        settings.put(SettingStore.SITE_TITLE, title);
        settings.put(SettingStore.SITE_DESCRIPTION, description);
        site.rename(title, description);
        audit.record(ctx, request.user(), AuditEvent.SETTINGS_CHANGED,
                "site title: \u201c" + title + "\u201d, tagline: \u201c" + description + "\u201d");
    }

    private void saveTwoFactorRule(Context ctx, AdminRequest request) {
        boolean required = "on".equals(ctx.formParam("require_two_factor"));
        boolean before = Boolean.parseBoolean(settings.value(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
        if (required != before) {
            settings.put(AdminGuard.REQUIRE_TWO_FACTOR, Boolean.toString(required));
            audit.record(ctx, request.user(), AuditEvent.SETTINGS_CHANGED,
                    "require two-factor login: " + (required ? "on" : "off"));
        }
    }

    private static String field(Context ctx, String name, String unchanged) {
        String value = ctx.formParam(name);
        return value == null ? unchanged : value.strip();
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String title, String description,
            String error) {
        boolean required = Boolean.parseBoolean(settings.value(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
        ctx.status(status).html(templates.render("admin/settings.jte",
                new SettingsView(request.page("Settings"), title, description, required, error)));
    }
}
