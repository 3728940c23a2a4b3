package org.tidings.app;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Times every request from the moment Jetty hands it over until its response is written, cached
 * pages included (they never reach Javalin), and counts it in {@link Metrics} by route kind and
 * status class. The server's own health and metrics endpoints are left out.
 */
final class RequestMetrics extends Handler.Wrapper {
    private final Metrics metrics;

    RequestMetrics(Metrics metrics, Handler handler) {
        super(handler);
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        RouteKind kind = RouteKind.of(request.getHttpURI().getPath());
        if (kind == RouteKind.OPS) {
            return super.handle(request, response, callback);
        }
        return super.handle(request, response, new Timed(callback, response, kind, System.nanoTime()));
    }

    /** Answering cached pages never blocks; this adds nothing that does. */
    @Override
    public InvocationType getInvocationType() {
        Handler next = getHandler();
        return next == null ? InvocationType.NON_BLOCKING : next.getInvocationType();
    }

    private final class Timed extends Callback.Nested {
        private final Response response;
        private final RouteKind kind;
        private final long start;

        Timed(Callback callback, Response response, RouteKind kind, long start) {
            super(callback);
            this.response = response;
            this.kind = kind;
            this.start = start;
        }

        @Override
        public void succeeded() {
            metrics.requestAnswered(kind, response.getStatus(), System.nanoTime() - start);
            super.succeeded();
        }

        /** Mostly a client that went away: counted with the status it was being sent. */
        @Override
        public void failed(Throwable failure) {
            metrics.requestAnswered(kind, response.getStatus(), System.nanoTime() - start);
            super.failed(failure);
        }
    }
}
