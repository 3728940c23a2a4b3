package org.tidings.curation.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on a loopback address that records each request's path and headers. */
final class LocalServer implements AutoCloseable {
    /** One request as received. */
    record Received(String path, String userAgent, String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();

    LocalServer(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    LocalServer handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            var h = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestURI().toString(), h.getFirst("User-Agent"),
                    h.getFirst("If-None-Match"), h.getFirst("If-Modified-Since"), h.getFirst("Accept-Encoding")));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + path;
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
