package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.OptionalLong;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.User;
import org.tidings.i18n.Messages;
import org.tidings.site.Site;
import org.tidings.store.UserStore;

/**
 * Turning two-factor login on (scan or type the secret, confirm with a code, receive ten
 * recovery codes), renewing the recovery codes, and turning it off with the password.
 */
public final class TwoFactorSetup {
    private final UserStore users;
    private final RecoveryCodes recoveryCodes;
    private final AuditLog audit;
    private final Templates templates;
    private final Clock clock;
    /** Its title names the account in authenticator apps. */
    private final Site site;

    TwoFactorSetup(UserStore users, RecoveryCodes recoveryCodes, AuditLog audit, Templates templates, Clock clock,
            Site site) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
        this.site = site;
    }

    /** The page; while two-factor login is off, it keeps one pending secret so a reload shows the same code. */
    public AdminHandler show() {
        return (ctx, request) -> render(ctx, request, HttpStatus.OK, null);
    }

    public AdminHandler enable() {
        return (ctx, request) -> {
            User user = user(request);
            if (user.totpEnabled() || user.totpSecret() == null) {
                SafeRedirect.to(ctx, AdminGuard.TWO_FACTOR, HttpStatus.SEE_OTHER);
                return;
            }
            OptionalLong step = Totp.matchingStep(user.totpSecret(), ctx.formParam("code"), clock.instant());
            if (step.isEmpty()) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT,
                        Messages.t("words.twoFactor.setupWrongCode"));
                return;
            }
            users.enableTotp(user.id(), step.getAsLong());
            audit.record(ctx, request.user(), AuditEvent.TWO_FACTOR_ENABLED, user.username());
            showCodes(ctx, request, "Two-factor login is on");
        };
    }

    public AdminHandler renewCodes() {
        return (ctx, request) -> {
            User user = user(request);
            if (!user.totpEnabled() || !Passwords.matches(ctx.formParam("password"), user.passwordHash())) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, Messages.t("words.twoFactor.password"));
                return;
            }
            audit.record(ctx, request.user(), AuditEvent.RECOVERY_CODES_RENEWED, user.username());
            showCodes(ctx, request, Messages.t("words.twoFactor.newCodes"));
        };
    }

    public AdminHandler disable() {
        return (ctx, request) -> {
            User user = user(request);
            if (!Passwords.matches(ctx.formParam("password"), user.passwordHash())) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, Messages.t("words.twoFactor.password"));
                return;
            }
            users.disableTotp(user.id());
            recoveryCodes.forget(user.id());
            audit.record(ctx, request.user(), AuditEvent.TWO_FACTOR_DISABLED, user.username());
            SafeRedirect.to(ctx, AdminGuard.TWO_FACTOR, HttpStatus.SEE_OTHER);
        };
    }

    private void showCodes(Context ctx, AdminRequest request, String title) {
        ctx.html(templates.render("admin/recovery-codes.jte",
                new RecoveryCodesView(request.page(title), recoveryCodes.renew(request.user().id()))));
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String error) {
        User user = user(request);
        AdminPage page = request.page(Messages.t("admin.account.two_factor"));
        if (user.totpEnabled()) {
            ctx.status(status).html(templates.render("admin/two-factor.jte",
                    new TwoFactorView(page, true, null, null, recoveryCodes.unused(user.id()), error)));
            return;
        }
        String secret = user.totpSecret();
        if (secret == null) {
            secret = Totp.newSecret();
            users.setPendingTotp(user.id(), secret);
        }
        QrCode qr = QrCode.of(Totp.uri(site.title(), user.username(), secret));
        ctx.status(status).html(templates.render("admin/two-factor.jte",
                new TwoFactorView(page, false, qr, secret.replaceAll("(.{4})(?=.)", "$1 "), 0, error)));
    }

    private User user(AdminRequest request) {
        return users.byId(request.user().id()).orElseThrow();
    }
}
