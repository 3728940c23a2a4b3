package org.tidings.app;

import java.nio.file.Path;

/**
 * How to run the server: where the data lives, which address to listen on, the public base
 * URL (null: this server's own address), and whether to fill an empty site with demo content.
 */
public record ServerConfig(Path dataDir, String host, int port, String baseUrl, boolean demo) {

    /** The base URL readers use: the configured one, or this server's own address. */
    public String publicBaseUrl(int boundPort) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "");
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + boundPort;
    }
}
