package org.tidings.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tidings.app.AddressRanges;
import org.tidings.app.Observability;
import org.tidings.app.ServerConfig;
import org.tidings.app.TidingsApp;
import org.tidings.app.TrustedProxies;
import org.tidings.content.TidingsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tidings serve}: runs the site until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address of the site, e.g. https://news.example.org (default: http://HOST:PORT).")
    String baseUrl;

    @Option(names = "--demo", description = "Fill an empty site with demo content first.")
    boolean demo;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "A reverse proxy in front of this server (an IP address or range, e.g. 127.0.0.1 or "
                    + "10.0.0.0/8; may be repeated): for its requests, X-Forwarded-For names the client.")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--metrics-allow", paramLabel = "ADDRESS",
            description = "An address or range allowed to read Prometheus metrics at /metrics (may be repeated; "
                    + "the client a trusted proxy names counts). Without it /metrics answers 404 to everyone.")
    List<String> metricsAllowed = new ArrayList<>();

    @Option(names = "--log-client-addresses",
            description = "Name the client's address in log lines about a request (off by default: readers' "
                    + "addresses are not logged).")
    boolean logClientAddresses;

    @Option(names = "--hsts-include-subdomains",
            description = "Over HTTPS, make browsers use HTTPS for every subdomain of the site's host too "
                    + "(Strict-Transport-Security includeSubDomains); only if all of them serve HTTPS.")
    boolean hstsIncludeSubdomains;

    @Option(names = "--allow-private-fetch",
            description = "Let the feed poller fetch from loopback and private network addresses (refused by default).")
    boolean allowPrivateFetch;

    @Spec
    CommandSpec spec;

    private TrustedProxies proxies() {
        try {
            return new TrustedProxies(trustedProxies);
        } catch (TidingsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Observability observability() {
        try {
            return new Observability(new AddressRanges("--metrics-allow", metricsAllowed), logClientAddresses);
        } catch (TidingsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        TidingsApp app = TidingsApp.start(new ServerConfig(data.dataDir(), host, port, baseUrl, demo, proxies(),
                observability(), hstsIncludeSubdomains, data.database(), allowPrivateFetch));
        spec.commandLine().getOut().println("Tidings is serving " + app.site().baseUrl() + "/ from " + data.database().shown()
                + " (Ctrl-C stops it)");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
