package org.tidings.app;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers to requests it refuses before any handler of ours runs (400 unreadable,
 * 414 URI too long, 431 headers too large, and errors outside Javalin) with the same security
 * headers as every other answer, HSTS included, and without stack traces.
 */
final class JettyErrors extends ErrorHandler {
    private final SecurityHeaders headers;

    JettyErrors(SecurityHeaders headers) {
        this.headers = headers;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach(request.isSecure(), true, response.getHeaders()::put);
        return super.handle(request, response, callback);
    }
}
