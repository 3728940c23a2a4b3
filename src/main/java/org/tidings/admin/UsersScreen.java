package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Role;
import org.tidings.content.TidingsException;
import org.tidings.content.User;
import org.tidings.store.UserStore;

/**
 * Admins manage accounts: create (with a one-time password), change role, disable, enable,
 * reset password or two-factor login. An admin cannot demote or disable their own account,
 * so the site never loses its last admin by accident.
 */
public final class UsersScreen {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final Accounts accounts;
    private final UserStore users;
    private final Templates templates;

    UsersScreen(Accounts accounts, UserStore users, Templates templates) {
        this.accounts = accounts;
        this.users = users;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> render(ctx, request, HttpStatus.OK, null, null, null);
    }

    public AdminHandler create() {
        return (ctx, request) -> {
            String name = Optional.ofNullable(ctx.formParam("username")).orElse("");
            try {
                Role role = Role.parse(Optional.ofNullable(ctx.formParam("role")).orElse(""));
                String password = accounts.create(ctx, request.user(), name, role, null);
                render(ctx, request, HttpStatus.OK, null, Accounts.username(name), password);
            } catch (TidingsException e) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, capitalized(e.getMessage()), null, null);
            }
        };
    }

    public AdminHandler changeRole() {
        return onOther((ctx, request, user) -> accounts.setRole(ctx, request.user(), user.username(),
                Role.parse(Optional.ofNullable(ctx.formParam("role")).orElse(""))));
    }

    public AdminHandler disable() {
        return onOther((ctx, request, user) -> accounts.setDisabled(ctx, request.user(), user.username(), true));
    }

    public AdminHandler enable() {
        return onOther((ctx, request, user) -> accounts.setDisabled(ctx, request.user(), user.username(), false));
    }

    public AdminHandler resetTwoFactor() {
        return onOther((ctx, request, user) -> accounts.resetTwoFactor(ctx, request.user(), user.username()));
    }

    public AdminHandler resetPassword() {
        return (ctx, request) -> {
            Optional<User> user = target(ctx);
            if (user.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).result("No such account.");
                return;
            }
            String password = accounts.resetPassword(ctx, request.user(), user.get().username(), null);
            render(ctx, request, HttpStatus.OK, null, user.get().username(), password);
        };
    }

    /** A change to another account, found by the {@code id} in the path; one's own account answers 403. */
    private AdminHandler onOther(Change change) {
        return (ctx, request) -> {
            Optional<User> user = target(ctx);
            if (user.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).result("No such account.");
                return;
            }
            if (user.get().id() == request.user().id()) {
                render(ctx, request, HttpStatus.FORBIDDEN, "You cannot change your own role or disable your own "
                        + "account here; ask another admin.", null, null);
                return;
            }
            try {
                change.apply(ctx, request, user.get());
            } catch (TidingsException e) {
                render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, capitalized(e.getMessage()), null, null);
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

    private void render(Context ctx, AdminRequest request, HttpStatus status, String error, String oneTimeFor,
            String oneTimePassword) {
        List<UserRow> rows = accounts.all().stream().map(u -> new UserRow(u.id(), u.username(), u.role(),
                u.totpEnabled(), u.disabled(), u.mustChangePassword(),
                u.lastLoginAt() == null ? "never" : SHOWN.format(u.lastLoginAt()), u.id() == request.user().id()))
                .toList();
        ctx.status(status).html(templates.render("admin/users.jte", new UsersView(request.page("Users"), rows,
                List.of(Role.values()), error, oneTimeFor, oneTimePassword)));
    }

    private static String capitalized(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    @FunctionalInterface
    private interface Change {
        void apply(Context ctx, AdminRequest request, User user);
    }
}
