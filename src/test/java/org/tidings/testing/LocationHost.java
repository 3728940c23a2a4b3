package org.tidings.testing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host a browser goes to when it follows a Location header, read the way the WHATWG URL
 * standard reads a reference against an http(s) page: tabs and newlines anywhere are dropped,
 * leading and trailing controls and spaces too, a backslash counts as a slash, and after
 * {@code //} (or {@code http:} followed by slashes) any number of slashes comes before the host.
 * Java's {@link java.net.URI} follows RFC 3986 and would call several of these paths.
 */
public final class LocationHost {
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);

    private LocationHost() {
    }

    /** The host {@code location} leads to from a page on {@code pageHost} served over http. */
    public static String of(String location, String pageHost) {
        String reference = location.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "")
                .replace('\\', '/');
        Matcher scheme = SCHEME.matcher(reference);
        if (scheme.matches()) {
            String rest = scheme.group(2);
            boolean sameScheme = scheme.group(1).equalsIgnoreCase("http");
            // "http:path" on an http page is relative; with slashes, or any other scheme, it names a host.
            if (sameScheme && !rest.startsWith("/")) {
                return pageHost;
            }
            return authorityHost(rest);
        }
        return reference.startsWith("//") ? authorityHost(reference) : pageHost;
    }

    /**
     * The path and query a browser asks this site for when it follows {@code location} (which
     * must stay on the site): dot segments removed, {@code %2e} counting as a dot, as the URL
     * standard says.
     */
    public static String browserPath(String location) {
        String reference = location.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        int queryAt = reference.indexOf('?');
        String path = (queryAt < 0 ? reference : reference.substring(0, queryAt)).replace('\\', '/');
        String query = queryAt < 0 ? "" : reference.substring(queryAt);
        java.util.Deque<String> kept = new java.util.ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i].toLowerCase(Locale.ROOT).replace("%2e", ".");
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segments[i]);
            }
        }
        return "/" + String.join("/", kept) + query;
    }

    private static String authorityHost(String afterScheme) {
        String authority = afterScheme.replaceFirst("^/+", "").split("[/?#]", 2)[0];
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        return authority.replaceFirst(":\\d*$", "").toLowerCase(Locale.ROOT);
    }
}
