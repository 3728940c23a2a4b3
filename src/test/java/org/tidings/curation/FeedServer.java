package org.tidings.curation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on a loopback address serving feeds as a test's handler says, recording each request. */
final class FeedServer implements AutoCloseable {
    /** One request as received: its path and its conditional-GET validators. */
    record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {
    }

    /** Answers one request. */
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedServer(String address, Handler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(exchange.getRequestURI().getPath(), headers.getFirst("If-None-Match"),
                    headers.getFirst("If-Modified-Since"), headers.getFirst("User-Agent")));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Request> requestsFor(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
