package org.tidings.curation.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidings.i18n.Language;

/** The fetcher against a real HTTP server on 127.0.0.1, with private addresses allowed for these tests. */
class SafeFetcherTest {
    private static final String FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private LocalServer server;
    private SafeFetcher fetcher;

    @BeforeEach
    void start() {
        server = new LocalServer("127.0.0.1");
        fetcher = new SafeFetcher(FetchSettings.forSite("https://news.example.org/").withAllowPrivate(true)
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withMaxBytes(64 * 1024));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void conditionalGetSendsTheValidatorsAndReportsNotModified() {
        server.handle("/feed", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 09:00:00 GMT");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=900");
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=ISO-8859-1");
            boolean same = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LocalServer.send(exchange, same ? 304 : 200, same ? "" : FEED);
        });

        FetchResult first = fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null));
        assertThat(first.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
        assertThat(first.headers().etag()).isEqualTo("\"v1\"");
        assertThat(first.headers().lastModified()).isEqualTo("Tue, 01 Dec 2026 09:00:00 GMT");
        assertThat(first.headers().maxAge()).isEqualTo(Duration.ofMinutes(15));
        assertThat(first.headers().charset()).isEqualTo("ISO-8859-1");

        FetchResult second = fetcher.fetch(FetchRequest.feed(server.url("/feed"), first.headers().etag(),
                first.headers().lastModified()));
        assertThat(second.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(server.received.get(1).ifNoneMatch()).isEqualTo("\"v1\"");
        assertThat(server.received.get(1).ifModifiedSince()).isEqualTo("Tue, 01 Dec 2026 09:00:00 GMT");
    }

    @Test
    void sendsAnHonestUserAgentAndAcceptsCompressedAnswers() {
        server.handle("/gz", exchange -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (OutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(FEED.getBytes(StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, zipped.size());
            exchange.getResponseBody().write(zipped.toByteArray());
        });

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/gz"), null, null));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
        assertThat(server.received.getFirst().userAgent()).isEqualTo("Tidings/0.1 (+https://news.example.org/)");
        assertThat(server.received.getFirst().acceptEncoding()).contains("gzip").contains("deflate");
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADate() {
        server.handle("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            LocalServer.send(exchange, 503, "busy");
        });
        server.handle("/slow-down", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "Tue, 01 Dec 2026 10:30:00 GMT");
            LocalServer.send(exchange, 429, "too many");
        });

        FetchResult busy = fetcher.fetch(FetchRequest.feed(server.url("/busy"), null, null));
        FetchResult limited = fetcher.fetch(FetchRequest.feed(server.url("/slow-down"), null, null));

        assertThat(busy.outcome()).isEqualTo(FetchOutcome.HTTP_ERROR);
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.headers().retryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(busy.problem().text(Language.ENGLISH)).contains("503");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().retryAfter()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherItsLengthIsKnownOrStreamed() {
        byte[] big = new byte[200 * 1024];
        server.handle("/known", exchange -> {
            exchange.sendResponseHeaders(200, big.length);
            exchange.getResponseBody().write(big);
        });
        server.handle("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });

        FetchResult known = fetcher.fetch(FetchRequest.feed(server.url("/known"), null, null));
        long before = System.nanoTime();
        FetchResult endless = fetcher.fetch(FetchRequest.feed(server.url("/endless"), null, null));

        assertThat(known.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(known.problem().text(Language.ENGLISH)).isEqualTo("the answer is larger than 64 KB");
        assertThat(known.problem().text(Language.KOREAN)).isEqualTo("응답이 64KB보다 큽니다");
        assertThat(endless.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void followsRedirectsUpToFiveAndReportsTheFinalUrl() {
        server.handle("/hop/", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
            exchange.getResponseHeaders().set("Location", n == 0 ? "/feed" : "/hop/" + (n - 1));
            LocalServer.send(exchange, 301, "");
        });
        server.handle("/feed", exchange -> LocalServer.send(exchange, 200, FEED));

        FetchResult five = fetcher.fetch(FetchRequest.feed(server.url("/hop/4"), null, null));
        FetchResult six = fetcher.fetch(FetchRequest.feed(server.url("/hop/5"), null, null));

        assertThat(five.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(five.finalUrl()).isEqualTo(server.url("/feed"));
        assertThat(six.outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
        assertThat(six.problem().text(Language.ENGLISH)).isEqualTo("more than 5 redirects");
    }

    @Test
    void aServerThatStallsTimesOut() {
        fetcher.close();
        fetcher = new SafeFetcher(FetchSettings.forSite("https://news.example.org/").withAllowPrivate(true)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(1)));
        server.handle("/stall", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.handle("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) { // a byte every 100 ms for 10 s: never idle long
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up
            }
        });

        FetchResult stalled = fetcher.fetch(FetchRequest.feed(server.url("/stall"), null, null));
        long before = System.nanoTime();
        FetchResult trickled = fetcher.fetch(FetchRequest.feed(server.url("/trickle"), null, null));

        assertThat(stalled.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(trickled.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void reachesAnIpv6LiteralWithItsBrackets() {
        try (LocalServer six = new LocalServer("::1")) {
            six.handle("/feed", exchange -> LocalServer.send(exchange, 200,
                    "host " + exchange.getRequestHeaders().getFirst("Host")));

            FetchResult result = fetcher.fetch(FetchRequest.feed("http://[::1]:" + six.port() + "/feed", null, null));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
            assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("host [::1]:" + six.port());
        }
    }

    @Test
    void failuresComeBackAsResults() {
        FetchResult notHttp = fetcher.fetch(FetchRequest.feed("file:///etc/passwd", null, null));
        FetchResult noHost = fetcher.fetch(FetchRequest.feed("http:///feed", null, null));
        server.close();
        FetchResult refused = fetcher.fetch(FetchRequest.feed(server.url("/gone"), null, null));

        assertThat(notHttp.outcome()).isEqualTo(FetchOutcome.BAD_URL);
        assertThat(notHttp.problem().text(Language.ENGLISH)).isEqualTo("file:///etc/passwd is not an http or https URL");
        assertThat(noHost.outcome()).isEqualTo(FetchOutcome.BAD_URL);
        assertThat(refused.outcome()).isEqualTo(FetchOutcome.NETWORK_ERROR);
        assertThat(refused.problem().text(Language.ENGLISH)).isNotBlank();
    }
}
