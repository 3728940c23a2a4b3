package org.tidings.admin;

import io.javalin.http.Context;

/**
 * CSRF tokens: a logged-in request's token is stored with its session; before login (the login
 * form itself) it is a random value in a cookie that the form must repeat.
 */
final class Csrf {
    /** The name of the hidden form field every admin POST form carries. */
    static final String FIELD = "csrf";
    private static final String LOGIN_COOKIE = "tidings_login";
    private final Sessions sessions;

    Csrf(Sessions sessions) {
        this.sessions = sessions;
    }

    /** The token forms of this request must carry, creating the before-login cookie if needed. */
    String token(Context ctx) {
        var session = sessions.current(ctx);
        if (session.isPresent()) {
            return session.get().stored().csrfToken();
        }
        String token = ctx.cookie(LOGIN_COOKIE);
        if (token == null || token.length() < 32 || token.length() > 100) {
            token = Tokens.random();
            ctx.cookie(sessions.cookie(ctx, LOGIN_COOKIE, token, -1));
        }
        return token;
    }

    /** Whether the request's form carries the token it must. */
    boolean valid(Context ctx) {
        String expected = sessions.current(ctx).map(s -> s.stored().csrfToken()).orElse(ctx.cookie(LOGIN_COOKIE));
        if (expected == null || expected.length() < 32) {
            return false;
        }
        String given = ctx.formParam(FIELD);
        if (given == null) {
            given = ctx.header("X-CSRF-Token");
        }
        return Tokens.same(expected, given);
    }
}
