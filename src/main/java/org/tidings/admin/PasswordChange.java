package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.User;
import org.tidings.i18n.Messages;
import org.tidings.store.UserStore;

/** Changing one's own password; required after a one-time password. Other sessions of the account end. */
public final class PasswordChange {
    private final UserStore users;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Templates templates;

    PasswordChange(UserStore users, Sessions sessions, AuditLog audit, Templates templates) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.templates = templates;
    }

    public AdminHandler form() {
        return (ctx, request) -> render(ctx, request, HttpStatus.OK, null);
    }

    public AdminHandler submit() {
        return (ctx, request) -> {
            User user = users.byId(request.user().id()).orElseThrow();
            String current = ctx.formParam("current");
            String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
            Optional<String> problem = !Passwords.matches(current, user.passwordHash())
                    ? Optional.of(Messages.t("words.password.current"))
                    : !password.equals(ctx.formParam("confirm"))
                    ? Optional.of(Messages.t("words.password.differ"))
                    : Passwords.problem(password, user.username());
            if (problem.isPresent()) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, problem.get());
                return;
            }
            users.setPassword(user.id(), Passwords.hash(password), false);
            sessions.endAll(user.id());
            sessions.start(ctx, user.id(), Sessions.FULL, Messages.t("words.password.changed"));
            audit.record(ctx, request.user(), AuditEvent.PASSWORD_CHANGED, user.username());
            SafeRedirect.to(ctx, "/admin/account/", HttpStatus.SEE_OTHER);
        };
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String error) {
        boolean forced = users.byId(request.user().id()).map(User::mustChangePassword).orElse(false);
        ctx.status(status).html(templates.render("admin/password.jte",
                new PasswordView(request.page(Messages.t("admin.account.change_password")), error, forced)));
    }
}
