package org.tidings.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HTTP/1.1 over a plain socket, for what Java's HttpClient will not do: send a request target
 * byte for byte (backslashes, raw tabs, huge headers, broken request lines), or connect from a
 * chosen local address such as 127.0.0.2, as a second client machine would.
 */
public final class RawHttp {
    private final int port;
    private final InetAddress from;

    private RawHttp(int port, InetAddress from) {
        this.port = port;
        this.from = from;
    }

    /** Requests to the site's port on 127.0.0.1, from the usual local address. */
    public static RawHttp to(RunningSite site) {
        return new RawHttp(site.app().port(), null);
    }

    /** Requests to the site's port on 127.0.0.1, sent from {@code localAddress} (any of 127.0.0.0/8 works on Linux). */
    public static RawHttp from(RunningSite site, String localAddress) {
        try {
            return new RawHttp(site.app().port(), InetAddress.getByName(localAddress));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status, headers (names in lower case, every value kept) and body as text. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
        }

        public List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** GET {@code target} exactly as given (no encoding), with {@code headers} besides Host and Connection. */
    public Response get(String target, Map<String, String> headers) {
        return exchange(head("GET " + target + " HTTP/1.1", headers) + "\r\n");
    }

    public Response get(String target) {
        return get(target, Map.of());
    }

    /** POST a urlencoded {@code form} to {@code path}. */
    public Response post(String path, Map<String, String> headers, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        all.put("Content-Length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        return exchange(head("POST " + path + " HTTP/1.1", all) + "\r\n" + body);
    }

    /** Sends {@code request} as it is (it must ask to close the connection, or be one Jetty refuses). */
    public Response exchange(String request) {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String head(String requestLine, Map<String, String> headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("Connection: close\r\n").toString();
    }

    /** Reads until the server closes; Jetty closes after answering a request that asked it to, or a bad one. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (java.net.SocketException reset) {
            // Jetty may reset a connection it refused after writing its answer: keep what arrived.
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no complete response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
        return new Response(status, headers, new String(chunked ? dechunked(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
