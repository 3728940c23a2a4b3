package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;

/** Prometheus metrics at /metrics: only for the addresses the operator allows, and counting what readers do. */
class MetricsTest {
    private static final String REQUESTS = "tidings_http_request_duration_seconds_count";

    private static Observability allowing(String... addresses) {
        return new Observability(new AddressRanges("--metrics-allow", List.of(addresses)), false);
    }

    private static HttpResponse<String> getFrom(RunningSite site, String path, String forwardedFor) {
        return site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
                .header("X-Forwarded-For", forwardedFor).GET().build());
    }

    /** The value of the sample {@code series} (a name with its labels) in {@code text}; 0 when absent. */
    static double value(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip())).orElse(0.0);
    }

    private static String scrape(RunningSite site) {
        HttpResponse<String> answer = site.get("/metrics");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void withoutAnAllowedAddressMetricsAreNotThere() {
        try (RunningSite site = RunningSite.start()) {
            HttpResponse<String> metrics = site.get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(404);
            assertThat(metrics.body()).doesNotContain("tidings_").isEqualTo(site.get("/no-such-page/").body());
        }
    }

    @Test
    void requestsCacheHitsAndMissesAreCountedByRouteKind() {
        try (RunningSite site = RunningSite.observed(TrustedProxies.NONE, allowing("127.0.0.1", "::1"))) {
            site.app().content().create(Posts.published("Aid arrives", "Aid arrives in the north."), Actor.COMMAND_LINE);
            String before = scrape(site);
            assertThat(site.get("/").statusCode()).isEqualTo(200);
            assertThat(site.get("/").statusCode()).isEqualTo(200);
            assertThat(site.get("/assets/site.css").statusCode()).isEqualTo(200);
            assertThat(site.get("/no-such-page/").statusCode()).isEqualTo(404);
            HttpResponse<String> answer = site.get("/metrics");

            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
            String after = answer.body();
            String home = REQUESTS + "{route=\"home\",status=\"2xx\"}";
            assertThat(value(after, home) - value(before, home)).isEqualTo(2);
            assertThat(value(after, REQUESTS + "{route=\"asset\",status=\"2xx\"}")).isEqualTo(1);
            assertThat(value(after, REQUESTS + "{route=\"other\",status=\"4xx\"}")).isEqualTo(1);
            assertThat(after).contains("tidings_http_request_duration_seconds_bucket{route=\"home\",status=\"2xx\",le=\"0.01\"}")
                    .as("scrapes and probes are not counted").doesNotContain("route=\"ops\"");
            // The first home page was rendered and kept, the second answered from memory (before Javalin).
            assertThat(value(after, "tidings_page_cache_misses_total")
                    - value(before, "tidings_page_cache_misses_total")).isEqualTo(2);
            assertThat(value(after, "tidings_page_cache_hits_total")
                    - value(before, "tidings_page_cache_hits_total")).isEqualTo(1);
            assertThat(after).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void schedulerRunsPublishedPostsAndTheChangeLogLagAreShown() throws InterruptedException {
        try (RunningSite site = RunningSite.observed(TrustedProxies.NONE, allowing("127.0.0.0/8"))) {
            String ok = "tidings_job_runs_total{job=\"publish_scheduled\",outcome=\"ok\"}";
            assertThat(value(scrape(site), "tidings_change_log_lag")).isZero();
            long id = site.app().content().create(Posts.draft("Later", "Later news."), Actor.COMMAND_LINE);
            site.app().content().schedule(id, Instant.now().minusSeconds(1));
            double runsBefore = value(scrape(site), ok);
            String after = waitFor(site, "tidings_scheduled_posts_published_total", 1);
            assertThat(value(after, ok)).isGreaterThan(runsBefore);
            assertThat(value(after, "tidings_job_runs_total{job=\"publish_scheduled\",outcome=\"failed\"}")).isZero();

            site.app().metrics().changeLogLag(() -> 7);
            assertThat(value(scrape(site), "tidings_change_log_lag")).isEqualTo(7);
        }
    }

    private static String waitFor(RunningSite site, String series, double wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String text = scrape(site);
        while (value(text, series) < wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            text = scrape(site);
        }
        return text;
    }

    @Test
    void behindAProxyOnlyAllowedClientsSeeMetrics() {
        try (RunningSite site = RunningSite.observed(new TrustedProxies(List.of("127.0.0.1")), allowing("10.0.0.0/8"))) {
            assertThat(getFrom(site, "/metrics", "10.1.2.3").statusCode()).isEqualTo(200);
            assertThat(getFrom(site, "/metrics", "203.0.113.5").statusCode()).isEqualTo(404);
            // The client writes the left part; the proxy appends the address it saw.
            assertThat(getFrom(site, "/metrics", "10.1.2.3, 203.0.113.5").statusCode()).isEqualTo(404);
            assertThat(site.get("/metrics").statusCode()).as("the proxy itself is not allowed").isEqualTo(404);
        }
    }
}
