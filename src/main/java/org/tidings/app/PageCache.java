package org.tidings.app;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpField;
import org.tidings.content.ChangeSubscriber;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Rendered public pages kept in memory for logged-out readers, gzipped once each, and answered
 * with conditional GET. Any change to content starts a new generation, and a page rendered in
 * an older one is never served again, so an edit shows on the very next request.
 */
public final class PageCache {
    /** Enough for several thousand pages; the busiest ones stay, others are rendered again. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** Headers that belong to one response, or that {@link CachedPage} sets itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "content-encoding",
            "transfer-encoding", "cache-control", "date", "etag", "last-modified", "vary", "set-cookie", "server");
    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final AtomicReference<Generation> generation;
    private final Clock clock;
    private final long maxBytes;

    public PageCache(Clock clock, long maxBytes) {
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.generation = new AtomicReference<>(new Generation(clock.instant().truncatedTo(ChronoUnit.SECONDS), true));
    }

    /** Starts a new generation: every page rendered before now is stale, and its memory is let go. */
    public void invalidate() {
        generation.updateAndGet(g -> g.next(clock.instant()));
        pages.keySet().forEach(this::remove);
    }

    /** Follows the change log from {@code seq}: any change readers could see starts a new generation. */
    ChangeSubscriber follower(long seq) {
        return new ChangeReaction(seq, changes -> {
            if (changes.stream().anyMatch(logged -> logged.change().isPublic())) {
                invalidate();
            }
        });
    }

    /** The page cached under {@code key} if it is still current (counted as a hit), else null. */
    CachedPage current(String key) {
        CachedPage page = pages.get(key);
        if (page != null && page.generation() == generation.get()) {
            hits.increment();
            return page;
        }
        return null;
    }

    /** How many requests were answered with a cached page. */
    long hits() {
        return hits.sum();
    }

    /** How many pages were rendered and kept because no current one was cached. */
    long misses() {
        return misses.sum();
    }

    /** The cache key of a request: its raw path and query, as both Jetty and Javalin report them. */
    static String key(String path, String query) {
        return query == null ? path : path + "?" + query;
    }

    /** Whether a request may get a page cached for everyone: our public pages set no cookies, so one with a cookie comes from an editor. */
    static boolean isAnonymous(String cookie, String authorization) {
        return cookie == null && authorization == null;
    }

    /**
     * For {@code config.router.handlerWrapper}: every GET or HEAD route outside {@code /admin}
     * caches what it renders for anonymous readers. Hits are answered before Javalin by
     * {@link CachedPageHandler}; this runs on a miss, and for editors, whose pages are private.
     */
    Handler wrap(Endpoint endpoint) {
        boolean isPublic = (endpoint.method == HandlerType.GET || endpoint.method == HandlerType.HEAD)
                && !endpoint.path.startsWith("/admin");
        return isPublic ? ctx -> handle(ctx, endpoint.handler) : endpoint.handler;
    }

    private void handle(Context ctx, Handler handler) throws Exception {
        if (!isAnonymous(ctx.header("Cookie"), ctx.header("Authorization"))) {
            handler.handle(ctx);
            if (ctx.res().getHeader("Cache-Control") == null) {
                ctx.header("Cache-Control", "private, no-cache");
            }
            return;
        }
        String key = key(ctx.req().getRequestURI(), ctx.req().getQueryString());
        CachedPage page = current(key);
        if (page == null) {
            page = render(ctx, handler, generation.get());
            if (page == null) {
                return;
            }
            misses.increment();
            put(key, page);
        }
        send(ctx, page);
    }

    /** Runs the handler; returns what it made if that may be cached: a 200 that sets no cookie and is not private. */
    private static CachedPage render(Context ctx, Handler handler, Generation current) throws Exception {
        current.markUsed();
        handler.handle(ctx);
        HttpServletResponse res = ctx.res();
        String cacheControl = res.getHeader("Cache-Control");
        InputStream result = ctx.resultInputStream();
        if (ctx.statusCode() != 200 || result == null || res.containsHeader("Set-Cookie")
                || (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store")))) {
            return null;
        }
        List<HttpField> captured = res.getHeaderNames().stream()
                .filter(name -> !NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)))
                .flatMap(name -> res.getHeaders(name).stream().map(value -> (HttpField) new PreEncodedHttpField(name, value)))
                .toList();
        return CachedPage.of(current, captured, res.getHeader("Content-Type"), cacheControl, result.readAllBytes());
    }

    private static void send(Context ctx, CachedPage page) {
        ConditionalGet.Reply reply = ConditionalGet.decide(page, ctx.header("Accept-Encoding"),
                ctx.header("If-None-Match"), ctx.header("If-Modified-Since"));
        HttpServletResponse res = ctx.res();
        String previous = null;
        for (HttpField field : page.headers()) {
            if (field.getName().equals(previous)) {
                res.addHeader(field.getName(), field.getValue());
            } else {
                res.setHeader(field.getName(), field.getValue());
            }
            previous = field.getName();
        }
        res.setHeader("ETag", reply.variant().etag());
        if (reply.notModified()) {
            ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
            return;
        }
        reply.variant().entityFields().forEach(field -> res.setHeader(field.getName(), field.getValue()));
        ctx.result(reply.variant().bytes());
    }

    private void put(String key, CachedPage page) {
        CachedPage old = pages.put(key, page);
        if (bytes.addAndGet(page.size() - (old == null ? 0 : old.size())) > maxBytes) {
            // ConcurrentHashMap iterates in hash order, so this drops a spread of pages, not the newest.
            for (String victim : pages.keySet()) {
                if (bytes.get() <= maxBytes * 3 / 4) {
                    return;
                }
                remove(victim);
            }
        }
    }

    private void remove(String key) {
        CachedPage old = pages.remove(key);
        if (old != null) {
            bytes.addAndGet(-old.size());
        }
    }

    /**
     * One state of the site's content; its Last-Modified is the second it began. When two begin
     * in the same second and pages were rendered in the first, If-Modified-Since cannot tell them
     * apart, so the second is marked inexact and only its ETag can answer 304.
     */
    static final class Generation {
        private final Instant lastModified;
        private final boolean lastModifiedExact;
        private final String httpDate;
        private volatile boolean used;

        Generation(Instant lastModified, boolean lastModifiedExact) {
            this.lastModified = lastModified;
            this.lastModifiedExact = lastModifiedExact;
            this.httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC));
        }

        /** Notes that a page was rendered in this generation, so its Last-Modified went out. */
        void markUsed() {
            used = true;
        }

        Generation next(Instant now) {
            Instant second = now.truncatedTo(ChronoUnit.SECONDS);
            if (second.isAfter(lastModified)) {
                return new Generation(second, true);
            }
            return new Generation(lastModified, lastModifiedExact && !used);
        }

        Instant lastModified() {
            return lastModified;
        }

        /** {@link #lastModified()} as a Last-Modified header value. */
        String httpDate() {
            return httpDate;
        }

        boolean lastModifiedExact() {
            return lastModifiedExact;
        }
    }
}
