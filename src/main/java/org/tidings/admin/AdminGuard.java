package org.tidings.admin;

import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tidings.app.SafeRedirect;
import org.tidings.content.Role;
import org.tidings.content.User;
import org.tidings.store.SettingStore;

/**
 * Enforces access to everything under /admin on the server: a live session, the route's
 * minimum role, finished account setup (new password, required two-factor login) and a valid
 * CSRF token on every state-changing request.
 */
public final class AdminGuard {
    static final String LOGIN = "/admin/login/";
    static final String PASSWORD = "/admin/account/password/";
    static final String TWO_FACTOR = "/admin/account/two-factor/";
    /** The setting that makes every account enrol two-factor login before using the admin. */
    public static final String REQUIRE_TWO_FACTOR = "security.require_two_factor";
    private final Sessions sessions;
    private final Csrf csrf;
    private final OriginCheck origins;
    private final SettingStore settings;
    private final ExpiredSave expiredSave;

    AdminGuard(Sessions sessions, Csrf csrf, OriginCheck origins, SettingStore settings, ExpiredSave expiredSave) {
        this.expiredSave = expiredSave;
        this.sessions = sessions;
        this.csrf = csrf;
        this.origins = origins;
        this.settings = settings;
    }

    /**
     * Runs before every request. Under /admin: no caching, a referrer policy that lets the
     * admin's own forms name their origin, and on every state-changing request (the login
     * included) a browser that does not say it comes from another site and a valid CSRF token
     * (else 403); a login everywhere but the login pages, even for a route registered without
     * {@link #requires}.
     */
    public void before(Context ctx) {
        String path = ctx.path();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        // Sent to this site only, like no-referrer to others; see OriginCheck for why.
        ctx.header("Referrer-Policy", "same-origin");
        if (changesState(ctx) && !origins.allowed(ctx)) {
            throw new ForbiddenResponse(Messages.t("words.guard.otherSite"));
        }
        boolean loggedIn = sessions.current(ctx).filter(ActiveSession::complete).isPresent();
        // An editor's text sent after the session ended is kept to save after a new login, not refused.
        if (changesState(ctx) && (!loggedIn || !csrf.valid(ctx)) && ExpiredSave.applies(ctx)) {
            expiredSave.keep(ctx);
            ctx.skipRemainingHandlers();
            return;
        }
        if (changesState(ctx) && !csrf.valid(ctx)) {
            throw new ForbiddenResponse(Messages.t("words.guard.csrf"));
        }
        if (!path.startsWith(LOGIN) && !loggedIn) {
            notLoggedIn(ctx);
        }
    }

    /** A handler that runs only for a logged-in user of at least {@code minimum} role. */
    public Handler requires(Role minimum, AdminHandler handler) {
        return ctx -> run(ctx, minimum, false, handler);
    }

    /** A handler of the account setup screens, open to any logged-in user before that setup is done. */
    public Handler setup(AdminHandler handler) {
        return ctx -> run(ctx, Role.CONTRIBUTOR, true, handler);
    }

    private void run(Context ctx, Role minimum, boolean setupScreen, AdminHandler handler) throws Exception {
        Optional<ActiveSession> found = sessions.current(ctx).filter(ActiveSession::complete);
        if (found.isEmpty()) {
            notLoggedIn(ctx);
            return;
        }
        ActiveSession session = found.get();
        Optional<String> setup = setupScreen ? Optional.empty() : pendingSetup(session.user());
        if (setup.isPresent()) {
            if (changesState(ctx)) {
                throw new ForbiddenResponse(Messages.t("words.guard.setup", setup.get()));
            }
            SafeRedirect.to(ctx, setup.get(), HttpStatus.SEE_OTHER);
            return;
        }
        if (!session.user().role().atLeast(minimum)) {
            throw new ForbiddenResponse(Messages.t("words.guard.role", session.user().role().db()));
        }
        String notice = session.stored().notice();
        if (notice != null && !changesState(ctx)) {
            sessions.clearNotice(session);
        }
        handler.handle(ctx, new AdminRequest(session.currentUser(), session.stored().csrfToken(), notice));
    }

    /** Where the user must go before anything else: a new password, then two-factor enrolment. */
    private Optional<String> pendingSetup(User user) {
        if (user.mustChangePassword()) {
            return Optional.of(PASSWORD);
        }
        if (!user.totpEnabled() && Boolean.parseBoolean(settings.value(REQUIRE_TWO_FACTOR, "false"))) {
            return Optional.of(TWO_FACTOR);
        }
        return Optional.empty();
    }

    private static void notLoggedIn(Context ctx) {
        if (changesState(ctx)) {
            throw new UnauthorizedResponse(Messages.t("words.guard.login"));
        }
        String next = URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8);
        SafeRedirect.to(ctx, LOGIN + "?next=" + next, HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    static boolean changesState(Context ctx) {
        String method = ctx.method().name();
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }
}
