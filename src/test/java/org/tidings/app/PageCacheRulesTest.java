package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the page cache keeps and what it never keeps, on a real server with routes made for it. */
class PageCacheRulesTest {
    private final AtomicInteger renders = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private PageCache pages;
    private Javalin server;

    @BeforeEach
    void start() {
        pages = new PageCache(Clock.systemUTC(), PageCache.DEFAULT_MAX_BYTES);
        server = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.jetty.modifyServer(jetty -> jetty.setHandler(new CachedPageHandler(pages, new SecurityHeaders(false, false))));
            config.router.handlerWrapper(pages::wrap);
            config.routes.get("/plain/", ctx -> ctx.html(page()));
            config.routes.get("/sets-cookie/", ctx -> ctx.cookie("choice", "dark").html(page()));
            config.routes.get("/private/", ctx -> ctx.header("Cache-Control", "private, max-age=0").html(page()));
            config.routes.get("/admin/screen/", ctx -> ctx.html(page()));
            config.routes.get("/feed/", ctx -> ctx.header("X-Robots-Tag", "noindex")
                    .contentType("application/rss+xml; charset=utf-8").result(page()));
        }).start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aPlainPublicPageIsRenderedOnceAndKeepsTheHeadersItsHandlerSet() {
        HttpResponse<String> first = get("/feed/");
        HttpResponse<String> second = get("/feed/");

        assertThat(renders).hasValue(1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
        assertThat(second.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
    }

    @Test
    void aChangeMakesTheNextRequestRenderAgain() {
        get("/plain/");
        pages.invalidate();
        get("/plain/");

        assertThat(renders).hasValue(2);
    }

    @Test
    void responsesThatSetCookiesAreNeverCached() {
        get("/sets-cookie/");
        HttpResponse<String> second = get("/sets-cookie/");

        assertThat(renders).hasValue(2);
        assertThat(second.headers().firstValue("Set-Cookie")).isPresent();
        assertThat(second.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void privateResponsesAndTheAdminAreNeverCached() {
        get("/private/");
        get("/private/");
        get("/admin/screen/");
        HttpResponse<String> admin = get("/admin/screen/");

        assertThat(renders).hasValue(4);
        assertThat(admin.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void ifModifiedSinceCannotAnswer304WhenTwoGenerationsShareASecond() {
        Instant second = Instant.parse("2026-01-01T10:00:00Z");
        PageCache.Generation first = new PageCache.Generation(second, true);
        assertThat(first.next(second.plusMillis(300)).lastModifiedExact()).as("nothing was served yet").isTrue();

        first.markUsed();
        PageCache.Generation sameSecond = first.next(second.plusMillis(600));
        assertThat(sameSecond.lastModified()).isEqualTo(second);
        assertThat(sameSecond.lastModifiedExact()).isFalse();
        assertThat(sameSecond.next(second.plusSeconds(1)).lastModifiedExact()).isTrue();
    }

    private String page() {
        return "<!DOCTYPE html><title>Page</title><p>Rendered " + renders.incrementAndGet() + " times so far.</p>"
                + "<p>" + "Padding that makes the page worth compressing. ".repeat(20) + "</p>";
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
