package org.tidings.curation.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.util.Timeout;
import org.tidings.i18n.Wording;

/**
 * Fetches outlets' feeds and pages without letting a URL reach inside our network: every hop's
 * host is checked, DNS answers are checked, and the socket checks the address it connects to
 * (see {@link AddressGuard}). Redirects are followed here, hop by hop, up to the limit. Every
 * failure comes back as a {@link FetchResult}, never as an exception. Thread-safe; close it when done.
 */
public final class SafeFetcher implements AutoCloseable {
    private final FetchSettings settings;
    private final AddressGuard guard;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public SafeFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings);
        this.client = client(settings, guard);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("fetch-deadlines").factory());
    }

    public FetchResult fetch(FetchRequest request) {
        Instant deadline = settings.clock().instant().plus(settings.totalTimeout());
        String url = request.url();
        for (int redirects = 0; ; redirects++) {
            FetchTarget target = FetchTarget.parse(url);
            if (target == null) {
                return FetchResult.failed(FetchOutcome.BAD_URL, url, Wording.of("curation.fetch.badUrl", url));
            }
            Hop hop = hop(target, request, deadline);
            if (hop.location() == null) {
                return hop.result();
            }
            if (redirects == settings.maxRedirects()) {
                return FetchResult.failed(FetchOutcome.TOO_MANY_REDIRECTS, hop.result().status(), url,
                        hop.result().headers(), Wording.of("curation.fetch.tooManyRedirects", settings.maxRedirects()));
            }
            url = target.resolve(hop.location());
        }
    }

    /** One request's result, or the place it redirects to. */
    private record Hop(FetchResult result, String location) {
    }

    private Hop hop(FetchTarget target, FetchRequest request, Instant deadline) {
        HttpGet get = new HttpGet(target.pathAndQuery());
        get.setHeader("Accept", request.accept());
        if (request.etag() != null) {
            get.setHeader("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            get.setHeader("If-Modified-Since", request.lastModified());
        }
        long left = deadline.toEpochMilli() - settings.clock().millis();
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> timer = deadlines.schedule(() -> {
            late.set(true); // before cancelling: the reading thread may fail while cancel() still runs
            get.cancel();
        }, Math.max(left, 0), TimeUnit.MILLISECONDS);
        try {
            guard.checkHost(target.host());
            HttpHost host = new HttpHost(target.scheme(), target.host(), target.port());
            ClassicHttpResponse response = client.executeOpen(host, get, null);
            try {
                return answer(target.url(), response, get);
            } finally {
                closeQuietly(response); // after a cancel (too large, a redirect) closing may complain
            }
        } catch (IOException | RuntimeException e) {
            return new Hop(failure(target.url(), e, late.get()), null);
        } finally {
            timer.cancel(false);
        }
    }

    private Hop answer(String url, ClassicHttpResponse response, HttpGet get) throws IOException {
        int status = response.getCode();
        ResponseHeaders headers = HeaderValues.read(response, settings.clock());
        Header location = response.getFirstHeader("Location");
        if (status >= 300 && status < 400 && status != 304 && location != null && !location.getValue().isBlank()) {
            get.cancel(); // the body of a redirect is not worth reading
            // followed, or reported as too many redirects: this hop's own problem is never shown
            return new Hop(FetchResult.failed(FetchOutcome.HTTP_ERROR, status, url, headers, null),
                    location.getValue().strip());
        }
        if (status == 304) {
            return new Hop(new FetchResult(FetchOutcome.NOT_MODIFIED, status, url, headers, new byte[0], null), null);
        }
        if (status < 200 || status >= 300) {
            get.cancel();
            return new Hop(FetchResult.failed(FetchOutcome.HTTP_ERROR, status, url, headers,
                    Wording.of("curation.fetch.httpStatus", Integer.toString(status))), null);
        }
        byte[] body = body(response.getEntity());
        if (body == null) {
            get.cancel(); // stop the download instead of draining it
            return new Hop(FetchResult.failed(FetchOutcome.TOO_LARGE, status, url, headers,
                    Wording.of("curation.fetch.tooLarge", settings.maxBytes() / 1024)), null);
        }
        return new Hop(new FetchResult(FetchOutcome.OK, status, url, headers, body, null), null);
    }

    /** The (decompressed) body, or null when it is larger than allowed. */
    private byte[] body(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        long max = settings.maxBytes();
        if (entity.getContentLength() > max) { // a decompressed body's length is unknown (-1)
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = entity.getContent()) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                if (out.size() + read > max) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException | RuntimeException e) {
            // the connection is gone either way
        }
    }

    private FetchResult failure(String url, Exception e, boolean late) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedAddressException refused) {
                return FetchResult.failed(FetchOutcome.REFUSED_ADDRESS, url,
                        Wording.of("curation.fetch.refused", refused.wording()));
            }
        }
        if (late || e instanceof InterruptedIOException) {
            return FetchResult.failed(FetchOutcome.TIMEOUT, url, late
                    ? Wording.of("curation.fetch.tooSlow", settings.totalTimeout().toSeconds())
                    : Wording.of("curation.fetch.noAnswer"));
        }
        if (e instanceof UnknownHostException) {
            return FetchResult.failed(FetchOutcome.NETWORK_ERROR, url,
                    Wording.of("curation.fetch.noSuchHost", e.getMessage()));
        }
        // the exception's own words (often the operating system's) are kept as the detail
        return FetchResult.failed(FetchOutcome.NETWORK_ERROR, url, Wording.of("curation.fetch.network",
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
    }

    private static CloseableHttpClient client(FetchSettings settings, AddressGuard guard) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                .build();
        return HttpClients.custom()
                .setConnectionManager(new GuardedConnections(guard)
                        .setDnsResolver(guard)
                        .setDefaultConnectionConfig(connections)
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .setUserAgent(settings.userAgent())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .build();
    }

    /** A connection manager whose sockets are made by the guard, so each checks where it connects. */
    private static final class GuardedConnections extends PoolingHttpClientConnectionManagerBuilder {
        private final AddressGuard guard;

        GuardedConnections(AddressGuard guard) {
            this.guard = guard;
        }

        @Override
        protected HttpClientConnectionOperator createConnectionOperator(SchemePortResolver ports,
                DnsResolver resolver, TlsSocketStrategy tls) {
            return new DefaultHttpClientConnectionOperator(guard, ports, resolver,
                    RegistryBuilder.<TlsSocketStrategy>create().register("https", tls).build());
        }
    }
}
