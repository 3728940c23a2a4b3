package org.tidings.app;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers anonymous GET and HEAD requests for a current cached page straight from Jetty, before
 * the servlet layer and Javalin's routing, so a cached page costs about what a static file
 * does. A cached page is replayed with the headers it was first sent with; everything else goes
 * on to Javalin.
 */
final class CachedPageHandler extends Handler.Wrapper {
    private final PageCache cache;
    private final SecurityHeaders securityHeaders;

    CachedPageHandler(PageCache cache, SecurityHeaders headers) {
        this.cache = cache;
        this.securityHeaders = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        HttpFields headers = request.getHeaders();
        if (!(head || HttpMethod.GET.is(method))
                || !PageCache.isAnonymous(headers.get(HttpHeader.COOKIE), headers.get(HttpHeader.AUTHORIZATION))) {
            return passOn(request, response, callback);
        }
        CachedPage page = cache.current(PageCache.key(request.getHttpURI().getPath(), request.getHttpURI().getQuery()));
        if (page == null) {
            return passOn(request, response, callback);
        }
        ConditionalGet.Reply reply = ConditionalGet.decide(page, headers.get(HttpHeader.ACCEPT_ENCODING),
                headers.get(HttpHeader.IF_NONE_MATCH), headers.get(HttpHeader.IF_MODIFIED_SINCE));
        HttpFields.Mutable out = response.getHeaders();
        page.headers().forEach(out::add);
        // The page may have been rendered for a plain-HTTP request; HSTS sent over plain HTTP is ignored anyway.
        if (request.isSecure() && !out.contains(HttpHeader.STRICT_TRANSPORT_SECURITY)) {
            out.put(HttpHeader.STRICT_TRANSPORT_SECURITY, securityHeaders.strictTransportSecurity());
        }
        out.add(reply.variant().etagField());
        if (reply.notModified()) {
            // Jetty would say Content-Length: 0, which a cache could take for the page's length (RFC 9110 8.6).
            out.add(reply.variant().entityFields().getLast());
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            response.write(true, null, callback);
            return true;
        }
        reply.variant().entityFields().forEach(out::add);
        response.setStatus(HttpStatus.OK_200);
        response.write(true, head ? null : reply.variant().body(), callback);
        return true;
    }

    /**
     * Answering from the cache never blocks, so Jetty may run it on the thread that read the
     * request, without a hand-over; everything else is handed to a (virtual) thread that may block.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private boolean passOn(Request request, Response response, Callback callback) {
        request.getContext().execute(() -> {
            try {
                if (!super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable failure) {
                Response.writeError(request, response, callback, failure);
            }
        });
        return true;
    }
}
