package org.tidings.admin;

import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tidings.app.SafeRedirect;
import org.tidings.content.User;
import org.tidings.store.LoginFailures;
import org.tidings.store.UserStore;

/** What the password step and the two-factor step of a login share: failures, and starting the session. */
final class LoginFinish {
    static final String TWO_FACTOR_STEP = "/admin/login/two-factor/";
    private static final String DASHBOARD = "/admin/";
    /** Every admin path is made of these (lower-case words, numbers, hyphens, slashes). */
    private static final Pattern ADMIN_PATH_CHARACTERS = Pattern.compile("[A-Za-z0-9/._~-]*");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final UserStore users;
    private final AuditLog audit;
    private final Clock clock;

    LoginFinish(Sessions sessions, LoginThrottle throttle, DeviceCookies devices, UserStore users, AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.throttle = throttle;
        this.devices = devices;
        this.users = users;
        this.audit = audit;
    }

    /** This request's attempt at {@code typedName}, as the throttle judges it (address, device cookie). */
    LoginAttempt attempt(Context ctx, String typedName) {
        return new LoginAttempt(typedName, ctx.ip(), devices.device(ctx, typedName));
    }

    AuditLog audit() {
        return audit;
    }

    boolean loggedIn(Context ctx) {
        return sessions.current(ctx).filter(ActiveSession::complete).isPresent();
    }

    /**
     * Counts a failed attempt, locking a way into the account if it is time. The audit log names
     * only existing accounts: a name that matches none may be a password typed into the wrong field.
     */
    void failed(Context ctx, LoginAttempt attempt, Optional<User> user) {
        audit.recordAnonymous(ctx, knownName(user), AuditEvent.LOGIN_FAILED, subject(user));
        if (throttle.recordFailure(attempt)) {
            audit.recordAnonymous(ctx, knownName(user), AuditEvent.LOGIN_LOCKED, subject(user));
        }
    }

    static String knownName(Optional<User> user) {
        return user.map(User::username).orElse(null);
    }

    static String subject(Optional<User> user) {
        return user.map(User::username).orElse("a name that is no account");
    }

    /** After a right password: ask for the two-factor code if the account has it, else log in. */
    void passwordAccepted(Context ctx, User user) {
        if (user.totpEnabled()) {
            sessions.start(ctx, user.id(), Sessions.TWO_FACTOR, null);
            SafeRedirect.to(ctx, TWO_FACTOR_STEP + "?next=" + URLEncoder.encode(next(ctx), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            return;
        }
        complete(ctx, user);
    }

    /**
     * Starts a full session (a new cookie: nothing from before login carries over), marks the
     * browser as one that logged in to this account (a new device cookie) and goes on.
     */
    void complete(Context ctx, User user) {
        String notice = throttle.recordSuccess(attempt(ctx, user.username())).map(LoginFinish::warning).orElse(null);
        sessions.start(ctx, user.id(), Sessions.FULL, notice);
        devices.issue(ctx, user.username());
        users.setLastLogin(user.id(), clock.instant());
        audit.record(ctx, CurrentUser.of(user), AuditEvent.LOGIN, user.username());
        SafeRedirect.to(ctx, next(ctx), HttpStatus.SEE_OTHER);
    }

    /** What the owner of an account sees after logging in when others tried and failed. */
    private static String warning(LoginFailures failures) {
        String last = SHOWN.format(failures.lastFailureAt());
        return failures.lockedUntil() == null ? Messages.t("words.login.failures", failures.failures(), last)
                : Messages.t("words.login.failuresLocked", failures.failures(), last,
                        SHOWN.format(failures.lockedUntil()));
    }

    /**
     * Where to go after login: a path under /admin/ given by the form or query, else the
     * dashboard. The value is judged as the browser and the server will read it, not as written:
     * {@code /admin/%2e%2e/%2fhost} starts with /admin/ but leads elsewhere once decoded.
     * So it is decoded once more, must then hold only the characters admin paths use (a
     * {@code %} left over means it was encoded twice), and is checked after its dots and
     * slashes are resolved.
     */
    static String next(Context ctx) {
        String given = Optional.ofNullable(ctx.formParam("next")).orElse(ctx.queryParam("next"));
        String decoded = given == null ? null : decoded(given);
        if (decoded == null || !ADMIN_PATH_CHARACTERS.matcher(decoded).matches()) {
            return DASHBOARD;
        }
        String path = SafeRedirect.plainPath(decoded);
        boolean admin = path.startsWith(DASHBOARD) && !path.startsWith("/admin/login");
        return admin ? path : DASHBOARD;
    }

    /** {@code text} percent-decoded as UTF-8, or null if it is not valid percent-encoding. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
