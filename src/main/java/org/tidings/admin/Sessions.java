package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tidings.store.SessionStore;
import org.tidings.store.StoredSession;
import org.tidings.store.UserStore;

/**
 * Login sessions kept in the database behind an opaque random cookie (HttpOnly, SameSite=Strict,
 * Secure and {@code __Host-} over HTTPS), ended after {@link #IDLE} without use or {@link #ABSOLUTE} after login.
 */
public final class Sessions {
    static final String COOKIE = "tidings_session";
    /**
     * Set with a full session, readable by our own script: it holds no secret and only tells
     * public pages (the same for everyone, cached) to show their "Edit" links (see edit-link.js).
     */
    static final String EDITOR_MARKER = "tidings_editor";
    static final String FULL = "full";
    static final String TWO_FACTOR = "two_factor";
    public static final Duration IDLE = Duration.ofHours(2);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    /** Time allowed between a right password and the two-factor code. */
    static final Duration TWO_FACTOR_STEP = Duration.ofMinutes(5);
    /** Writing last-seen at most this often keeps most requests free of database writes. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String ATTRIBUTE = "tidings.session";
    private final SessionStore store;
    private final UserStore users;
    private final Clock clock;
    private final boolean httpsSite;

    Sessions(SessionStore store, UserStore users, Clock clock, boolean httpsSite) {
        this.store = store;
        this.users = users;
        this.clock = clock;
        this.httpsSite = httpsSite;
    }

    /** Starts a session of {@code stage} for {@code userId} and sets its cookie; any earlier one ends. */
    void start(Context ctx, long userId, String stage, String notice) {
        current(ctx).ifPresent(old -> store.delete(old.stored().tokenHash()));
        Instant now = clock.instant();
        // Logins are rare enough to sweep expired sessions here, with no background job.
        store.deleteExpired(now.minus(IDLE), now.minus(ABSOLUTE));
        String token = Tokens.random();
        StoredSession session = new StoredSession(Tokens.sha256(token), userId, stage, Tokens.random(), notice, now, now);
        store.create(session);
        ctx.cookie(cookie(ctx, COOKIE, token, -1));
        if (FULL.equals(stage)) {
            ctx.cookie(marker(ctx, "1", -1));
        }
        ctx.attribute(ATTRIBUTE, Optional.of(new ActiveSession(session, users.byId(userId).orElseThrow())));
    }

    /** The request's session if its cookie names a live one of an enabled account; looked up once a request. */
    Optional<ActiveSession> current(Context ctx) {
        Optional<ActiveSession> cached = ctx.attribute(ATTRIBUTE);
        if (cached == null) {
            cached = lookUp(cookieValue(ctx, COOKIE));
            ctx.attribute(ATTRIBUTE, cached);
        }
        return cached;
    }

    private Optional<ActiveSession> lookUp(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<StoredSession> found = store.byTokenHash(Tokens.sha256(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = found.get();
        var user = users.byId(session.userId()).filter(u -> !u.disabled());
        if (user.isEmpty() || expired(session)) {
            store.delete(session.tokenHash());
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            store.touch(session.tokenHash(), now);
        }
        return Optional.of(new ActiveSession(session, user.get()));
    }

    private boolean expired(StoredSession session) {
        Instant now = clock.instant();
        Duration absolute = FULL.equals(session.stage()) ? ABSOLUTE : TWO_FACTOR_STEP;
        return !now.isBefore(session.lastSeenAt().plus(IDLE)) || !now.isBefore(session.createdAt().plus(absolute));
    }

    /** Ends the request's session on the server and clears its cookie. */
    void end(Context ctx) {
        current(ctx).ifPresent(session -> store.delete(session.stored().tokenHash()));
        ctx.attribute(ATTRIBUTE, Optional.empty());
        ctx.cookie(cookie(ctx, COOKIE, "", 0));
        ctx.cookie(marker(ctx, "", 0));
    }

    private Cookie marker(Context ctx, String value, int maxAge) {
        return new Cookie(EDITOR_MARKER, value, "/", maxAge, secure(ctx), false, null, SameSite.LAX);
    }

    void clearNotice(ActiveSession session) {
        store.clearNotice(session.stored().tokenHash());
    }

    /** Ends every session of a user, on every node. */
    public void endAll(long userId) {
        store.deleteForUser(userId);
    }

    /**
     * An admin cookie: HttpOnly, SameSite=Strict. Over HTTPS it is Secure and named with the
     * {@code __Host-} prefix, which browsers accept only from a secure answer, for Path=/ and
     * with no Domain, so no sibling subdomain and no plain-HTTP answer can plant or shadow it.
     * That prefix demands Path=/, so over HTTPS the cookies also go with public pages (which
     * are then rendered afresh, as for any reader with a cookie); over plain HTTP they stay
     * under /admin.
     */
    Cookie cookie(Context ctx, String name, String value, int maxAge) {
        boolean secure = secure(ctx);
        return new Cookie(cookieName(ctx, name), value, secure ? "/" : "/admin", maxAge, secure, true, null,
                SameSite.STRICT);
    }

    /** The value of the admin cookie {@code name} (see {@link #cookie}) the request carries, or null. */
    String cookieValue(Context ctx, String name) {
        return ctx.cookie(cookieName(ctx, name));
    }

    private String cookieName(Context ctx, String name) {
        return secure(ctx) ? "__Host-" + name : name;
    }

    private boolean secure(Context ctx) {
        return httpsSite || "https".equalsIgnoreCase(ctx.scheme());
    }
}
