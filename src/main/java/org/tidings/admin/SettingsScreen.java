package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.content.Problems;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import org.tidings.site.Site;
import org.tidings.store.SettingStore;
import org.tidings.store.Stores;

/** The site's title, tagline, time zone and language and its security rules, for admins; every change goes to the audit log. */
public final class SettingsScreen {
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 300;
    private final ContentService content;
    private final SettingStore settings;
    private final AuditLog audit;
    private final Templates templates;
    private final Site site;

    SettingsScreen(ContentService content, Stores stores, AuditLog audit, Templates templates, Site site) {
        this.content = content;
        this.settings = stores.settings();
        this.audit = audit;
        this.templates = templates;
        this.site = site;
    }

    public AdminHandler show() {
        return (ctx, request) -> render(ctx, request, HttpStatus.OK,
                new Typed(site.title(), site.description(), SiteZones.name(site.zone()), site.language()), Problems.NONE);
    }

    /** Saves what changed; a field the form did not send stays as it was. */
    public AdminHandler save() {
        return (ctx, request) -> {
            String title = field(ctx, "site_title", site.title());
            String description = field(ctx, "site_description", site.description());
            String zone = field(ctx, "site_zone", site.zone().getId());
            Optional<Language> chosen = Language.ofTag(field(ctx, "site_language", site.language().tag()));
            Problems problems = problems(title, description).and(zoneProblems(zone));
            if (chosen.isEmpty()) {
                problems = problems.and("site_language", Messages.t("admin.settings.language.unknown"));
            }
            if (!problems.isEmpty()) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT,
                        new Typed(title, description, zone, chosen.orElse(site.language())), problems);
                return;
            }
            saveNames(ctx, request, title, description);
            saveZone(ctx, request, SiteZones.named(zone).orElseThrow());
            saveLanguage(ctx, request, chosen.get());
            saveTwoFactorRule(ctx, request);
            SafeRedirect.to(ctx, "/admin/settings/", HttpStatus.SEE_OTHER);
        };
    }

    /** What is wrong with the names typed, at their fields. */
    private static Problems problems(String title, String description) {
        Problems problems = Problems.NONE;
        if (title.isEmpty()) {
            problems = problems.and("site_title", Messages.t("admin.settings.title.missing"));
        } else if (title.length() > MAX_TITLE) {
            problems = problems.and("site_title", Messages.t("admin.settings.title.long", MAX_TITLE));
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems = problems.and("site_description", Messages.t("admin.settings.tagline.long", MAX_DESCRIPTION));
        }
        return problems;
    }

    private static Problems zoneProblems(String zone) {
        return SiteZones.named(zone).isPresent() ? Problems.NONE
                : Problems.of("site_zone", Messages.t("time.settings.zone.unknown", zone));
    }

    /**
     * Dates are shown, archived and scheduled in the new zone from the next page on; addresses of
     * posts already published keep the date they were given (see AddressDate).
     */
    private void saveZone(Context ctx, AdminRequest request, ZoneId zone) {
        if (zone.equals(site.zone())) {
            return;
        }
        content.saveSettings(Map.of(SettingStore.SITE_ZONE, zone.getId()));
        audit.record(ctx, request.user(), AuditEvent.SETTINGS_CHANGED, "time zone: " + zone.getId());
    }

    private void saveNames(Context ctx, AdminRequest request, String title, String description) {
        if (title.equals(site.title()) && description.equals(site.description())) {
            return;
        }
        // Every node, this one at once, shows the new names when the change log says so.
        content.saveSettings(Map.of(SettingStore.SITE_TITLE, title, SettingStore.SITE_DESCRIPTION, description));
        audit.record(ctx, request.user(), AuditEvent.SETTINGS_CHANGED,
                "site title: \u201c" + title + "\u201d, tagline: \u201c" + description + "\u201d");
    }

    /** Every node, this one at once, shows its pages and the admin in the new language when the change log says so. */
    private void saveLanguage(Context ctx, AdminRequest request, Language language) {
        if (language == site.language()) {
            return;
        }
        content.saveSettings(Map.of(SettingStore.SITE_LANGUAGE, language.tag()));
        audit.record(ctx, request.user(), AuditEvent.SETTINGS_CHANGED, "site language: " + language.tag());
    }

    private void saveTwoFactorRule(Context ctx, AdminRequest request) {
        boolean required = "on".equals(ctx.formParam("require_two_factor"));
        boolean before = Boolean.parseBoolean(settings.value(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
        if (required != before) {
            content.saveSettings(Map.of(AdminGuard.REQUIRE_TWO_FACTOR, Boolean.toString(required)));
            audit.record(ctx, request.user(), AuditEvent.SETTINGS_CHANGED,
                    "require two-factor login: " + (required ? "on" : "off"));
        }
    }

    private static String field(Context ctx, String name, String unchanged) {
        String value = ctx.formParam(name);
        return value == null ? unchanged : value.strip();
    }

    /** The settings' fields as shown or typed. */
    private record Typed(String title, String description, String zone, Language language) {
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, Typed typed, Problems problems) {
        boolean required = Boolean.parseBoolean(settings.value(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
        ctx.status(status).html(templates.render("admin/settings.jte",
                new SettingsView(request.page(Messages.t("admin.settings.title")), typed.title(), typed.description(),
                        typed.language(), List.of(Language.values()), required, problems, typed.zone(), SiteZones.all())));
    }
}
