package org.tidings.app;

import java.nio.file.Path;

/**
 * How to run the server: where the data lives, which address to listen on, the public base
 * URL (null: this server's own address), whether to fill an empty site with demo content, the
 * reverse proxies whose X-Forwarded-For tells the client's address (see {@link TrustedProxies}),
 * and whether HSTS also covers the site's subdomains (see {@link SecurityHeaders}).
 */
public record ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
        TrustedProxies trustedProxies, boolean hstsIncludeSubdomains) {

    /** A server reached directly, with no reverse proxy in front. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo) {
        this(dataDir, host, port, baseUrl, demo, TrustedProxies.NONE);
    }

    /** A server whose HSTS, if any, covers its own host only. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
            TrustedProxies trustedProxies) {
        this(dataDir, host, port, baseUrl, demo, trustedProxies, false);
    }

    /** The base URL readers use: the configured one, or this server's own address. */
    public String publicBaseUrl(int boundPort) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "");
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + boundPort;
    }
}
