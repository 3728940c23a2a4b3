package org.tidings.admin;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Device cookies (OWASP's answer to lockouts anyone can cause): a successful login leaves the
 * browser a cookie, signed for the account name, that says "this browser logged in to this
 * account before". Its later attempts at that account are throttled on their own, so strangers
 * guessing from elsewhere cannot lock the owner out, and a thief of the cookie gets only a few
 * guesses before it stops counting (see {@link LoginThrottle}). The cookie names no account and
 * is worthless for any other; it proves nothing beyond that and opens no session.
 */
final class DeviceCookies {
    static final String COOKIE = "tidings_device";
    /** How long a browser stays known after its last successful login. */
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final String PURPOSE = "device";
    private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9_-]{43})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");
    private final Sessions sessions;
    private final Signer signer;
    private final Clock clock;

    DeviceCookies(Sessions sessions, Signer signer, Clock clock) {
        this.sessions = sessions;
        this.signer = signer;
        this.clock = clock;
    }

    /** The id of the request's device cookie if it was issued here, for {@code username}, within its lifetime. */
    Optional<String> device(Context ctx, String username) {
        String cookie = sessions.cookieValue(ctx, COOKIE);
        Matcher parts = cookie == null ? null : VALUE.matcher(cookie);
        if (parts == null || !parts.matches()
                || !signer.signed(PURPOSE, signedPart(parts.group(1), parts.group(2), username), parts.group(3))) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts.group(2)));
        return issued.plus(LIFETIME).isAfter(clock.instant()) ? Optional.of(parts.group(1)) : Optional.empty();
    }

    /** Gives the browser a new device cookie for {@code username}, replacing any it had. */
    void issue(Context ctx, String username) {
        String id = Tokens.random();
        String issued = String.valueOf(clock.instant().getEpochSecond());
        String value = id + "." + issued + "." + signer.signature(PURPOSE, signedPart(id, issued, username));
        ctx.cookie(sessions.cookie(ctx, COOKIE, value, (int) LIFETIME.toSeconds()));
    }

    private static String signedPart(String id, String issued, String username) {
        return id + "." + issued + "." + username.strip().toLowerCase(Locale.ROOT);
    }
}
