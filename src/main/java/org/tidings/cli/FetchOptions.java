package org.tidings.cli;

import picocli.CommandLine.Option;

/** The options of commands that fetch from outlets: the site named in the User-Agent, and the private-address switch. */
public final class FetchOptions {
    @Option(names = "--allow-private-fetch",
            description = "Also fetch from loopback and private network addresses (refused by default).")
    boolean allowPrivateFetch;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080",
            description = "Public address of your site, named in the User-Agent sent (default: ${DEFAULT-VALUE}).")
    String baseUrl;
}
