package org.tidings.app;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;
import org.tidings.content.PublishScheduler;

/**
 * This node's metrics in the Prometheus text format: requests and their latency by route kind and
 * status class, page-cache hits and misses, runs of background jobs, and how far the node lags
 * behind the change log. Thread-safe; recording a request allocates nothing once its series exists.
 */
public final class Metrics {
    /** From a cached page (tens of microseconds) to a slow render. */
    private static final double[] LATENCY_BOUNDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
        0.5, 1, 2.5, 5, 10};
    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Histogram requests;
    /** The series of each route kind and status class, made on first use so unused ones are not shown. */
    private final AtomicReferenceArray<DistributionDataPoint> requestSeries =
            new AtomicReferenceArray<>(RouteKind.values().length * STATUS_CLASSES.length);
    private volatile LongSupplier changeLogLag = () -> 0;
    private volatile boolean jvmWatched;

    public Metrics() {
        requests = Histogram.builder().name("tidings_http_request_duration_seconds")
                .help("Time to answer a request, by route kind and status class; _count is the number of requests")
                .unit(Unit.SECONDS).labelNames("route", "status").classicOnly()
                .classicUpperBounds(LATENCY_BOUNDS).withoutExemplars().register(registry);
        GaugeWithCallback.builder().name("tidings_change_log_lag")
                .help("Changes committed to the change log that this node has not applied yet")
                .callback(callback -> callback.call(changeLogLag.getAsLong())).register(registry);
    }

    /** Counts one answered request to a route of {@code kind} that took {@code nanos}. */
    void requestAnswered(RouteKind kind, int status, long nanos) {
        // Jetty reports 0 for a response whose status was never set, which it sends as 200.
        int statusClass = status < 100 ? 1 : Math.min(status / 100, 5) - 1;
        int index = kind.ordinal() * STATUS_CLASSES.length + statusClass;
        DistributionDataPoint series = requestSeries.get(index);
        if (series == null) {
            series = requests.labelValues(kind.label(), STATUS_CLASSES[statusClass]);
            requestSeries.set(index, series);
        }
        series.observe(nanos / 1e9);
    }

    /** Reports the page cache's hits (pages answered from memory) and misses (pages rendered and kept). */
    void watch(PageCache pages) {
        CounterWithCallback.builder().name("tidings_page_cache_hits")
                .help("Requests answered with a page kept in memory")
                .callback(callback -> callback.call(pages.hits())).register(registry);
        CounterWithCallback.builder().name("tidings_page_cache_misses")
                .help("Pages rendered and kept because no current copy was in memory")
                .callback(callback -> callback.call(pages.misses())).register(registry);
    }

    /** Reports the runs of the publish scheduler and the posts it published. */
    void watch(PublishScheduler scheduler) {
        CounterWithCallback.builder().name("tidings_job_runs")
                .help("Runs of background jobs on this node, by job and outcome").labelNames("job", "outcome")
                .callback(callback -> {
                    callback.call(scheduler.succeededRuns(), "publish_scheduled", "ok");
                    callback.call(scheduler.failedRuns(), "publish_scheduled", "failed");
                }).register(registry);
        CounterWithCallback.builder().name("tidings_scheduled_posts_published")
                .help("Scheduled posts this node published when their time came")
                .callback(callback -> callback.call(scheduler.published())).register(registry);
    }

    /** Where {@code tidings_change_log_lag} comes from: the number of change-log rows not yet applied here. */
    public void changeLogLag(LongSupplier lag) {
        this.changeLogLag = lag;
    }

    private synchronized void watchJvm() {
        if (!jvmWatched) {
            JvmMetrics.builder().register(registry);
            jvmWatched = true;
        }
    }

    /** The content type of {@link #scrape()}. */
    static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    /**
     * Every metric now, in the Prometheus text format, the JVM's own (memory, garbage collection,
     * threads, CPU) included: those are set up at the first scrape, as they take a while and
     * most servers are never scraped.
     */
    byte[] scrape() {
        if (!jvmWatched) {
            watchJvm();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write metrics to memory", e);
        }
        return out.toByteArray();
    }
}
