package org.tidings.admin;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses state-changing admin requests that the browser says come from another site, so a
 * form on an attacker's page (or a sibling subdomain's) can neither log an editor in nor act
 * for one, whatever cookies it managed to plant. Browsers say it in two headers: Sec-Fetch-Site
 * (same-origin, same-site, cross-site; "none" for what the user typed) and Origin. A request
 * with neither comes from a non-browser client or a very old browser, which the CSRF token
 * still covers. "Origin: null" is what a page with Referrer-Policy no-referrer sends even to
 * itself, but also what a sandboxed frame sends, so it passes only when Sec-Fetch-Site vouches
 * for it; admin pages use Referrer-Policy same-origin so that browsers without Sec-Fetch-Site
 * (plain HTTP to a non-local host) send their real origin.
 */
final class OriginCheck {
    private final String siteOrigin;

    /** {@code baseUrl}: the site's public address, whose origin is always ours. */
    OriginCheck(String baseUrl) {
        this.siteOrigin = origin(URI.create(baseUrl));
    }

    /** Whether the request may go on: no header of it names another site. */
    boolean allowed(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        boolean fromHere = fetchSite != null && (fetchSite.equalsIgnoreCase("same-origin")
                || fetchSite.equalsIgnoreCase("none"));
        if (fetchSite != null && !fromHere) {
            return false;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return true;
        }
        if (origin.strip().equals("null")) {
            return fromHere;
        }
        String given = origin.strip().toLowerCase(Locale.ROOT);
        return given.equals(siteOrigin) || given.equals(requestOrigin(ctx));
    }

    /**
     * The origin the request was addressed to: a site run without --base-url (or reached under
     * a second name) is its own origin too. A browser cannot choose the Host header of a
     * cross-site request, so this names the site the browser is on only if it is this one.
     */
    private static String requestOrigin(Context ctx) {
        String host = ctx.host();
        return host == null ? null : (ctx.scheme() + "://" + host).toLowerCase(Locale.ROOT);
    }

    private static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
