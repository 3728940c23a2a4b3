package org.tidings.app;

import java.nio.file.Path;
import org.tidings.store.DatabaseConfig;

/**
 * How to run the server: where the data (the search index, and the SQLite database unless
 * {@code database} names another) lives, which address to listen on, the public base URL (null:
 * this server's own address), whether to fill an empty site with demo content, the reverse
 * proxies whose X-Forwarded-For tells the client's address (see {@link TrustedProxies}), who may
 * read metrics and whether logs name clients (see {@link Observability}), and whether HSTS also
 * covers the site's subdomains (see {@link SecurityHeaders}), and whether curation may fetch from
 * loopback and private addresses ({@code --allow-private-fetch}, for tests and intranet feeds).
 */
public record ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
        TrustedProxies trustedProxies, Observability observability, boolean hstsIncludeSubdomains,
        DatabaseConfig database, boolean allowPrivateFetch) {

    /** A server whose feed poller and fetches reach public addresses only. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
            TrustedProxies trustedProxies, Observability observability, boolean hstsIncludeSubdomains,
            DatabaseConfig database) {
        this(dataDir, host, port, baseUrl, demo, trustedProxies, observability, hstsIncludeSubdomains, database, false);
    }

    /** A server over SQLite in {@code dataDir}, reached directly, with no reverse proxy in front. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo) {
        this(dataDir, host, port, baseUrl, demo, TrustedProxies.NONE);
    }

    /** A server over SQLite in {@code dataDir} that keeps its metrics and its readers' addresses to itself. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo, TrustedProxies trustedProxies) {
        this(dataDir, host, port, baseUrl, demo, trustedProxies, Observability.PRIVATE);
    }

    /** A server over SQLite in {@code dataDir} whose HSTS, if any, covers its own host only. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
            TrustedProxies trustedProxies, Observability observability) {
        this(dataDir, host, port, baseUrl, demo, trustedProxies, observability, false, DatabaseConfig.sqlite(dataDir));
    }

    /** A server over SQLite in {@code dataDir} with the given HSTS scope. */
    public ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo,
            TrustedProxies trustedProxies, boolean hstsIncludeSubdomains) {
        this(dataDir, host, port, baseUrl, demo, trustedProxies, Observability.PRIVATE, hstsIncludeSubdomains,
                DatabaseConfig.sqlite(dataDir));
    }

    /** This configuration over {@code other} database. */
    public ServerConfig withDatabase(DatabaseConfig other) {
        return new ServerConfig(dataDir, host, port, baseUrl, demo, trustedProxies, observability,
                hstsIncludeSubdomains, other, allowPrivateFetch);
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
