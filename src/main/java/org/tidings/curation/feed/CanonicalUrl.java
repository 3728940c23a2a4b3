package org.tidings.curation.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of an article's URL that tells whether two items are the same article: scheme and
 * host in lower case, no default port, no fragment, no tracking parameters; everything else
 * (path case, the order of the other parameters) as given, since servers may care.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "ref_src", "ref_url", "_ga", "_gl", "_hsenc", "_hsmi",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "cmpid", "ncid", "ocid", "sr_share",
            "at_medium", "at_campaign", "wt.mc_id", "s_cid", "__twitter_impression", "fb_action_ids",
            "fb_action_types", "fb_source");
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_", "hsa_");

    private CanonicalUrl() {
    }

    /** The canonical form of {@code url}; a string that is not an absolute URL comes back trimmed. */
    public static String of(String url) {
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return trimmed;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return trimmed;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = authority(scheme, uri.getRawAuthority());
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = query(uri.getRawQuery());
        return scheme + "://" + authority + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String authority(String scheme, String rawAuthority) {
        int at = rawAuthority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : rawAuthority.substring(0, at + 1);
        String hostPort = rawAuthority.substring(at + 1).toLowerCase(Locale.ROOT);
        int colon = hostPort.lastIndexOf(':');
        if (colon > hostPort.lastIndexOf(']')) {
            String port = hostPort.substring(colon + 1);
            boolean isDefault = port.isEmpty() || (scheme.equals("http") && port.equals("80"))
                    || (scheme.equals("https") && port.equals("443"));
            if (isDefault) {
                hostPort = hostPort.substring(0, colon);
            }
        }
        if (hostPort.endsWith(".")) {
            hostPort = hostPort.substring(0, hostPort.length() - 1);
        }
        return userInfo + hostPort;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !isTracking(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    private static boolean isTracking(String name) {
        return TRACKING.contains(name) || TRACKING_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
