package org.tidings.admin;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * CSRF tokens: a logged-in request's token is stored with its session; before login (the login
 * form itself) it is a value the server signed, in a cookie that the form must repeat. Matching
 * alone would not do: whoever can plant a cookie (a sibling subdomain, a man in the middle of a
 * plain-HTTP visit) could plant any value and post the same in a form, and log an editor into
 * the attacker's account. A signed token must come from this server, and expires.
 */
final class Csrf {
    /** The name of the hidden form field every admin POST form carries. */
    static final String FIELD = "csrf";
    static final String LOGIN_COOKIE = "tidings_login";
    private static final String PURPOSE = "login-csrf";
    /** A login page shown later than this after its token was made gets a new one... */
    private static final Duration RENEW_AFTER = Duration.ofHours(12);
    /** ...so a form left open overnight still works, while a token taken long ago no longer does. */
    private static final Duration VALID_FOR = Duration.ofHours(24);
    private final Sessions sessions;
    private final Signer signer;
    private final Clock clock;

    Csrf(Sessions sessions, Signer signer, Clock clock) {
        this.sessions = sessions;
        this.signer = signer;
        this.clock = clock;
    }

    /** The token forms of this request must carry, creating the before-login cookie if needed. */
    String token(Context ctx) {
        var session = sessions.current(ctx);
        if (session.isPresent()) {
            return session.get().stored().csrfToken();
        }
        String token = sessions.cookieValue(ctx, LOGIN_COOKIE);
        if (issuedWithin(token, RENEW_AFTER)) {
            return token;
        }
        token = signer.sign(PURPOSE, Tokens.random() + "." + clock.instant().getEpochSecond());
        ctx.cookie(sessions.cookie(ctx, LOGIN_COOKIE, token, -1));
        return token;
    }

    /** Whether the request's form carries the token it must. */
    boolean valid(Context ctx) {
        Optional<String> expected = sessions.current(ctx).map(s -> s.stored().csrfToken())
                .or(() -> Optional.ofNullable(sessions.cookieValue(ctx, LOGIN_COOKIE))
                        .filter(token -> issuedWithin(token, VALID_FOR)));
        if (expected.isEmpty() || expected.get().length() < 32) {
            return false;
        }
        String given = ctx.formParam(FIELD);
        if (given == null) {
            given = ctx.header("X-CSRF-Token");
        }
        return Tokens.same(expected.get(), given);
    }

    /** Whether {@code token} is a login token this server signed less than {@code age} ago. */
    private boolean issuedWithin(String token, Duration age) {
        Optional<String> value = signer.verified(PURPOSE, token);
        if (value.isEmpty()) {
            return false;
        }
        String issued = value.get().substring(value.get().lastIndexOf('.') + 1);
        if (!issued.matches("\\d{1,12}")) {
            return false;
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(issued));
        Instant now = clock.instant();
        return !at.isAfter(now.plusSeconds(60)) && at.plus(age).isAfter(now);
    }
}
