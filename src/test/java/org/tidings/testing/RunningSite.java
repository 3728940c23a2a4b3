package org.tidings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tidings.app.Observability;
import org.tidings.app.ServerConfig;
import org.tidings.app.TidingsApp;
import org.tidings.app.TrustedProxies;
import org.tidings.store.DatabaseConfig;

/** A real Tidings server on a random local port over a fresh temporary folder and the test run's store (see {@link TestStore}). */
public final class RunningSite implements AutoCloseable {
    private final Path dataDir;
    private final TidingsApp app;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private RunningSite(Path dataDir, boolean demo, Clock clock) {
        this(dataDir, new ServerConfig(dataDir, "127.0.0.1", 0, null, demo), clock);
    }

    private RunningSite(Path dataDir, ServerConfig config, Clock clock) {
        this(dataDir, TidingsApp.start(config.withDatabase(TestStore.of(dataDir)), clock));
    }

    private RunningSite(Path dataDir, TidingsApp app) {
        this.dataDir = dataDir;
        this.app = app;
    }

    /**
     * Starts another node of the site {@code first} serves: a server with a data folder (and so a
     * search index) of its own over {@code first}'s database, as a second machine behind a load balancer.
     */
    public static RunningSite besides(Path firstDataDir) {
        Path dataDir = freshFolder();
        ServerConfig config = new ServerConfig(dataDir, "127.0.0.1", 0, null, false)
                .withDatabase(TestStore.of(firstDataDir));
        return new RunningSite(dataDir, TidingsApp.start(config));
    }

    /** Starts a server over an empty data folder. */
    public static RunningSite start() {
        return start(Clock.systemUTC());
    }

    /** Starts a server over an empty data folder that tells time by {@code clock} (see {@link TestClock}). */
    public static RunningSite start(Clock clock) {
        return new RunningSite(freshFolder(), false, clock);
    }

    /** Starts a server over an empty data folder, behind {@code proxies} (the tests' requests all come from 127.0.0.1). */
    public static RunningSite behind(TrustedProxies proxies, Clock clock) {
        Path dataDir = freshFolder();
        return new RunningSite(dataDir, new ServerConfig(dataDir, "127.0.0.1", 0, null, false, proxies), clock);
    }

    /** Starts a server over an empty data folder, behind {@code proxies}, revealing what {@code observability} allows. */
    public static RunningSite observed(TrustedProxies proxies, Observability observability) {
        Path dataDir = freshFolder();
        return new RunningSite(dataDir, new ServerConfig(dataDir, "127.0.0.1", 0, null, false, proxies, observability),
                Clock.systemUTC());
    }

    /**
     * Starts a server over an empty data folder whose public address is {@code baseUrl}, as
     * behind a TLS proxy with {@code --base-url https://...}; the tests still reach it over plain
     * HTTP on 127.0.0.1, so {@link #get} keeps working while cookies come back Secure.
     */
    public static RunningSite at(String baseUrl, boolean hstsIncludeSubdomains) {
        Path dataDir = freshFolder();
        return new RunningSite(dataDir, new ServerConfig(dataDir, "127.0.0.1", 0, baseUrl, false, TrustedProxies.NONE,
                hstsIncludeSubdomains), Clock.systemUTC());
    }

    /** Starts a server over an empty data folder whose fetches may reach this machine, as {@code serve --allow-private-fetch}. */
    public static RunningSite fetchingPrivate() {
        return fetchingPrivate(Clock.systemUTC());
    }

    /** As {@link #fetchingPrivate()}, telling time by {@code clock}, as its feed poller does too. */
    public static RunningSite fetchingPrivate(Clock clock) {
        Path dataDir = freshFolder();
        return new RunningSite(dataDir, new ServerConfig(dataDir, "127.0.0.1", 0, null, false, TrustedProxies.NONE,
                Observability.PRIVATE, false, DatabaseConfig.sqlite(dataDir), true), clock);
    }

    /** Starts a server over a fresh data folder filled with the demo site, as {@code serve --demo} does. */
    public static RunningSite withDemo() {
        return new RunningSite(freshFolder(), true, Clock.systemUTC());
    }

    /** Starts a server over {@code dataDir}, which a test may have filled beforehand. */
    public static RunningSite over(Path dataDir) {
        return new RunningSite(dataDir, false, Clock.systemUTC());
    }

    private static Path freshFolder() {
        try {
            return Files.createTempDirectory("tidings-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TidingsApp app() {
        return app;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where the tests reach the server: its public address, unless that was set to something else with {@link #at}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    /** GETs {@code path} without following redirects. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs {@code path}, which must answer 200, and parses it as HTML. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), baseUrl() + path);
    }

    @Override
    public void close() {
        app.close();
    }
}
