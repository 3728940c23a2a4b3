package org.tidings.app;

import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * Headers on every response that keep pages from loading, framing or leaking to other hosts,
 * and, over HTTPS, keep browsers from ever using plain HTTP for the site again (HSTS): a first
 * visit or a typed address would otherwise go out in the clear, where anyone on the path can
 * answer it, plant cookies or strip the redirect to HTTPS.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    /** One year, the value HSTS preload lists ask for; browsers renew it on every visit. */
    static final String HSTS_MAX_AGE = "max-age=31536000";
    private final boolean httpsSite;
    private final String strictTransportSecurity;

    /**
     * {@code httpsSite}: the public address is https (TLS may end at a proxy in front, so the
     * request itself looks plain); {@code includeSubdomains}: HSTS covers every subdomain too,
     * which only the operator can know is safe.
     */
    SecurityHeaders(boolean httpsSite, boolean includeSubdomains) {
        this.httpsSite = httpsSite;
        this.strictTransportSecurity = HSTS_MAX_AGE + (includeSubdomains ? "; includeSubDomains" : "");
    }

    void apply(Context ctx) {
        forEach(ctx.req().isSecure(), isolatesOpener(ctx.path(), ctx.header("Cookie"), ctx.header("Authorization")),
                ctx::header);
    }

    /**
     * Whether the answer cuts every link to the window that opened it (COOP), so that a page elsewhere cannot
     * later steer the tab to a lookalike login. Editors (any request with a cookie) and the admin always get it.
     * Anonymous readers of public pages do not: those pages are the same for everyone and hold nothing to steal,
     * and the isolation costs each first visit a new browser process (Lighthouse's phone profile counts the
     * hundreds of milliseconds as blocking time).
     */
    static boolean isolatesOpener(String path, String cookie, String authorization) {
        return path.startsWith("/admin") || !PageCache.isAnonymous(cookie, authorization);
    }

    /**
     * Gives each header to {@code header}; HSTS only if the site or this request ({@code secureRequest}) is HTTPS,
     * COOP only if {@code isolateOpener}.
     */
    void forEach(boolean secureRequest, boolean isolateOpener, BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("X-Frame-Options", "DENY");
        if (isolateOpener) {
            header.accept("Cross-Origin-Opener-Policy", "same-origin");
        }
        header.accept("Permissions-Policy", "interest-cohort=(), geolocation=(), camera=(), microphone=()");
        if (httpsSite || secureRequest) {
            header.accept("Strict-Transport-Security", strictTransportSecurity);
        }
    }

    /** The HSTS value, for answers replayed from the page cache to a request over HTTPS. */
    String strictTransportSecurity() {
        return strictTransportSecurity;
    }
}
