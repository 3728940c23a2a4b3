package org.tidings.app;

import java.nio.file.Path;
import org.tidings.store.DatabaseConfig;

/**
 * How to run the server: where the data (the search index, and the SQLite database unless
 * {@code database} names another) lives, which address to listen on, the public base URL (null:
 * this server's own address), whether to fill an empty site with demo content, and the reverse
 * proxies whose X-Forwarded-For tells the client's address (see {@link TrustedProxies}).
 */
public record ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
        TrustedProxies trustedProxies, DatabaseConfig database) {

    /** A server over SQLite in {@code dataDir}. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
            TrustedProxies trustedProxies) {
        this(dataDir, host, port, baseUrl, demo, trustedProxies, DatabaseConfig.sqlite(dataDir));
    }

    /** A server over SQLite in {@code dataDir}, reached directly, with no reverse proxy in front. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo) {
        this(dataDir, host, port, baseUrl, demo, TrustedProxies.NONE);
    }

    /** This configuration over {@code other} database. */
    public ServerConfig withDatabase(DatabaseConfig other) {
        return new ServerConfig(dataDir, host, port, baseUrl, demo, trustedProxies, other);
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
