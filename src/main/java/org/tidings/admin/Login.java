package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.User;
import org.tidings.i18n.Messages;
import org.tidings.store.UserStore;

/**
 * The login form and its answer. Whether the name or the password was wrong, or the account
 * does not exist or is disabled, the answer is the same.
 */
public final class Login {
    private final UserStore users;
    private final LoginThrottle throttle;
    private final LoginFinish finish;
    private final Csrf csrf;
    private final Templates templates;

    Login(UserStore users, LoginThrottle throttle, LoginFinish finish, Csrf csrf, Templates templates) {
        this.users = users;
        this.throttle = throttle;
        this.finish = finish;
        this.csrf = csrf;
        this.templates = templates;
    }

    public void show(Context ctx) {
        if (finish.loggedIn(ctx)) {
            SafeRedirect.to(ctx, "/admin/", HttpStatus.SEE_OTHER);
            return;
        }
        String notice = ctx.queryParam("logged-out") != null ? Messages.t("words.login.loggedOut") : null;
        render(ctx, HttpStatus.OK, "", null, notice);
    }

    public void submit(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String password = ctx.formParam("password");
        Optional<User> user = users.byUsername(username.toLowerCase(Locale.ROOT));
        LoginAttempt attempt = finish.attempt(ctx, username);
        Optional<Duration> wait = throttle.waitBeforeAttempt(attempt);
        if (wait.isPresent()) {
            finish.audit().recordAnonymous(ctx, LoginFinish.knownName(user), AuditEvent.LOGIN_THROTTLED,
                    LoginFinish.subject(user));
            render(ctx, HttpStatus.TOO_MANY_REQUESTS, username, tooMany(wait.get()), null);
            return;
        }
        boolean right = user.isPresent() && Passwords.matches(password, user.get().passwordHash());
        if (user.isEmpty()) {
            Passwords.checkAgainstNobody(password);
        }
        if (!right || user.get().disabled()) {
            finish.failed(ctx, attempt, user);
            render(ctx, HttpStatus.UNAUTHORIZED, username, Messages.t("admin.login.failed"), null);
            return;
        }
        finish.passwordAccepted(ctx, user.get());
    }

    static String tooMany(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 120 ? Messages.t("admin.login.too_many.seconds", seconds)
                : Messages.t("admin.login.too_many.minutes", (seconds + 59) / 60);
    }

    private void render(Context ctx, HttpStatus status, String username, String error, String notice) {
        AdminPage page = new AdminPage(Messages.t("admin.login.submit"), null, csrf.token(ctx), notice);
        ctx.status(status).html(templates.render("admin/login.jte",
                new LoginView(page, username, error, LoginFinish.next(ctx))));
    }
}
