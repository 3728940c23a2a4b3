package org.tidings.curation.fetch;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.tidings.Tidings;

/**
 * How a {@link SafeFetcher} behaves. {@code allowPrivate} turns the public-address check off (the
 * {@code --allow-private-fetch} option; tests of a server on 127.0.0.1 need it); {@code alsoAllowed}
 * names single non-public addresses to reach all the same (a feed server on an intranet, or a test
 * server on 127.0.0.2 while 127.0.0.1 stays refused).
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
        long maxBytes, int maxRedirects, boolean allowPrivate, Set<InetAddress> alsoAllowed, HostResolver resolver,
        Clock clock) {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** Safe defaults for a site at {@code siteUrl}, which the User-Agent names so that outlets can reach us. */
    public static FetchSettings forSite(String siteUrl) {
        return new FetchSettings(userAgentFor(siteUrl), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(60), DEFAULT_MAX_BYTES, 5, false, Set.of(), HostResolver.SYSTEM, Clock.systemUTC());
    }

    public static String userAgentFor(String siteUrl) {
        return "Tidings/" + Tidings.VERSION + " (+" + siteUrl + ")";
    }

    public FetchSettings withAllowPrivate(boolean allow) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects, allow,
                alsoAllowed, resolver, clock);
    }

    public FetchSettings withAlsoAllowed(Set<InetAddress> addresses) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects,
                allowPrivate, Set.copyOf(addresses), resolver, clock);
    }

    public FetchSettings withResolver(HostResolver other) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects,
                allowPrivate, alsoAllowed, other, clock);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchSettings(userAgent, connect, read, total, maxBytes, maxRedirects, allowPrivate, alsoAllowed,
                resolver, clock);
    }

    public FetchSettings withMaxBytes(long max) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, totalTimeout, max, maxRedirects,
                allowPrivate, alsoAllowed, resolver, clock);
    }

    public FetchSettings withClock(Clock other) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, totalTimeout, maxBytes, maxRedirects,
                allowPrivate, alsoAllowed, resolver, other);
    }
}
