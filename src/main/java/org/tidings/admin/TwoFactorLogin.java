package org.tidings.admin;

import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.User;
import org.tidings.store.UserStore;

/** The second login step: a code from the authenticator app, or one of the recovery codes. */
public final class TwoFactorLogin {
    private final Sessions sessions;
    private final UserStore users;
    private final RecoveryCodes recoveryCodes;
    private final LoginThrottle throttle;
    private final LoginFinish finish;
    private final Templates templates;
    private final Clock clock;

    TwoFactorLogin(Sessions sessions, UserStore users, RecoveryCodes recoveryCodes, LoginThrottle throttle,
            LoginFinish finish, Templates templates, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.finish = finish;
        this.templates = templates;
        this.clock = clock;
    }

    public void show(Context ctx) {
        Optional<ActiveSession> pending = pending(ctx);
        if (pending.isEmpty()) {
            SafeRedirect.to(ctx, AdminGuard.LOGIN, HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, pending.get(), HttpStatus.OK, null);
    }

    public void submit(Context ctx) {
        Optional<ActiveSession> pending = pending(ctx);
        if (pending.isEmpty()) {
            SafeRedirect.to(ctx, AdminGuard.LOGIN, HttpStatus.SEE_OTHER);
            return;
        }
        User user = pending.get().user();
        LoginAttempt attempt = finish.attempt(ctx, user.username());
        Optional<Duration> wait = throttle.waitBeforeAttempt(attempt);
        if (wait.isPresent()) {
            finish.audit().recordAnonymous(ctx, user.username(), AuditEvent.LOGIN_THROTTLED,
                    LoginFinish.subject(Optional.of(user)));
            render(ctx, pending.get(), HttpStatus.TOO_MANY_REQUESTS, Login.tooMany(wait.get()));
            return;
        }
        String code = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
        OptionalLong step = Totp.matchingStep(user.totpSecret(), code, clock.instant());
        if (step.isPresent() && users.useTotpStep(user.id(), step.getAsLong())) {
            finish.complete(ctx, user);
        } else if (step.isEmpty() && recoveryCodes.use(user.id(), code)) {
            finish.audit().record(ctx, CurrentUser.of(user), AuditEvent.RECOVERY_CODE_USED,
                    user.username() + ", " + recoveryCodes.unused(user.id()) + " left");
            finish.complete(ctx, user);
        } else {
            finish.failed(ctx, attempt, Optional.of(user));
            render(ctx, pending.get(), HttpStatus.UNAUTHORIZED, Messages.t("words.twoFactor.wrongCode"));
        }
    }

    private Optional<ActiveSession> pending(Context ctx) {
        return sessions.current(ctx).filter(s -> Sessions.TWO_FACTOR.equals(s.stored().stage()))
                .filter(s -> s.user().totpEnabled());
    }

    private void render(Context ctx, ActiveSession session, HttpStatus status, String error) {
        AdminPage page = new AdminPage("Two-factor login", null, session.stored().csrfToken(), null);
        ctx.status(status).html(templates.render("admin/two-factor-login.jte",
                new TwoFactorLoginView(page, error, LoginFinish.next(ctx))));
    }
}
