package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Actor;
import org.tidings.content.Outcome;
import org.tidings.content.Problems;
import org.tidings.content.Role;
import org.tidings.content.User;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.store.UserStore;

/**
 * Admins manage accounts: create (with a one-time password), change role, disable, enable,
 * reset password or two-factor login. An admin cannot demote or disable their own account,
 * so the site never loses its last admin by accident.
 */
public final class UsersScreen {
    private final Accounts accounts;
    private final UserStore users;
    private final Templates templates;

    UsersScreen(Accounts accounts, UserStore users, Templates templates) {
        this.accounts = accounts;
        this.users = users;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> render(ctx, request, HttpStatus.OK, null, null);
    }

    /** Creates an account with a one-time password; a refused name is shown at the form's field. */

    public AdminHandler create() {
        return (ctx, request) -> {
            String name = Optional.ofNullable(ctx.formParam("username")).orElse("");
            Role role = Role.byName(Optional.ofNullable(ctx.formParam("role")).orElse("")).orElse(null);
            Outcome<String> created = role == null
                    ? Outcome.refused("role", Messages.t("words.users.role"))
                    : accounts.create(request.user().actor(ctx.ip()), name, role, null);
            if (!created.isDone()) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, null, created.problems(), name);
                return;
            }
            render(ctx, request, HttpStatus.OK, Accounts.username(name), created.value());
        };
    }

    public AdminHandler changeRole() {
        return onOther((ctx, request, user) -> Role.byName(Optional.ofNullable(ctx.formParam("role")).orElse(""))
                .map(role -> accounts.setRole(actor(ctx, request), user.username(), role))
                .orElse(Problems.of("role", Messages.t("words.users.role"))));
    }

    public AdminHandler disable() {
        return onOther((ctx, request, user) -> accounts.setDisabled(actor(ctx, request), user.username(), true));
    }

    public AdminHandler enable() {
        return onOther((ctx, request, user) -> accounts.setDisabled(actor(ctx, request), user.username(), false));
    }

    public AdminHandler resetTwoFactor() {
        return onOther((ctx, request, user) -> accounts.resetTwoFactor(actor(ctx, request), user.username()));
    }

    public AdminHandler resetPassword() {
        return (ctx, request) -> {
            Optional<User> user = target(ctx);
            if (user.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).result(Messages.t("words.users.none"));
                return;
            }
            String password = accounts.resetPassword(actor(ctx, request), user.get().username(), null).orThrow();
            render(ctx, request, HttpStatus.OK, user.get().username(), password);
        };
    }

    /** A change to another account, found by the {@code id} in the path; one's own account answers 403. */
    private AdminHandler onOther(Change change) {
        return (ctx, request) -> {
            Optional<User> user = target(ctx);
            if (user.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).result(Messages.t("words.users.none"));
                return;
            }
            if (user.get().id() == request.user().id()) {
                render(ctx, request, HttpStatus.FORBIDDEN, Messages.t("words.users.own"), Problems.NONE, "");
                return;
            }
            Problems problems = change.apply(ctx, request, user.get());
            if (!problems.isEmpty()) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", problems.messages()),
                        Problems.NONE, "");
                return;
            }
            SafeRedirect.to(ctx, "/admin/users/", HttpStatus.SEE_OTHER);
        };
    }

    private Optional<User> target(Context ctx) {
        try {
            return users.byId(Long.parseLong(ctx.pathParam("id")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Actor actor(Context ctx, AdminRequest request) {
        return request.user().actor(ctx.ip());
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String oneTimeFor,
            String oneTimePassword) {
        render(ctx, request, status, null, Problems.NONE, "", oneTimeFor, oneTimePassword);
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String error, Problems problems,
            String typedName) {
        render(ctx, request, status, error, problems, typedName, null, null);
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String error, Problems problems,
            String typedName, String oneTimeFor, String oneTimePassword) {
        List<UserRow> rows = accounts.all().stream().map(u -> new UserRow(u.id(), u.username(), u.role(),
                u.totpEnabled(), u.disabled(), u.mustChangePassword(),
                u.lastLoginAt() == null ? Messages.t("admin.users.never")
                        : Messages.t("admin.users.utc", Dates.minute(u.lastLoginAt(), ZoneOffset.UTC)), u.id() == request.user().id()))
                .toList();
        ctx.status(status).html(templates.render("admin/users.jte", new UsersView(request.page(Messages.t("admin.nav.users")), rows,
                List.of(Role.values()), error, problems, typedName, oneTimeFor, oneTimePassword)));
    }

    /** A change to one account; its problems, empty when it was made. */
    @FunctionalInterface
    private interface Change {
        Problems apply(Context ctx, AdminRequest request, User user);
    }
}
