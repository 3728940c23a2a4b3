package org.tidings.app;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.InetSocketAddress;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * {@code /metrics} for the addresses the operator allows ({@code --metrics-allow}), and the site's
 * ordinary 404 for everyone else, so the endpoint cannot even be found. The client is the one a
 * trusted proxy names, as for login throttling.
 */
final class MetricsPage implements Handler {
    private final Metrics metrics;
    private final AddressRanges allowed;

    MetricsPage(Metrics metrics, AddressRanges allowed) {
        this.metrics = metrics;
        this.allowed = allowed;
    }

    @Override
    public void handle(Context ctx) {
        if (!isAllowed(ctx)) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        ctx.header("Cache-Control", "no-store").contentType(Metrics.contentType()).result(metrics.scrape());
    }

    /** Read from Jetty's request, where the address is still an address and not text to parse again. */
    private boolean isAllowed(Context ctx) {
        return !allowed.isEmpty()
                && ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                        .getRemoteSocketAddress() instanceof InetSocketAddress client
                && allowed.contains(client.getAddress());
    }
}
