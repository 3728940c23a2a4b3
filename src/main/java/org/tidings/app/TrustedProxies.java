package org.tidings.app;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;
import org.tidings.content.TidingsException;

/**
 * The reverse proxies in front of the server. Behind one, every request comes from the proxy's
 * address, so login throttling and the audit log would see a single client. For a request from
 * a proxy named here, the client is the nearest address in X-Forwarded-For that is not one of
 * our proxies: the entries further left were written by the client itself and could be
 * anything. Requests from any other address keep their own, and their X-Forwarded-For is ignored.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    /** No proxy: every request's own address is its client's. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());
    private final InetAddressSet proxies = new InetAddressSet();

    /** {@code patterns}: addresses ({@code 127.0.0.1}, {@code ::1}) or ranges ({@code 10.0.0.0/8}). */
    public TrustedProxies(List<String> patterns) {
        for (String pattern : patterns) {
            if (literal(pattern.replaceFirst("/\\d{1,3}$", "")) == null || !added(pattern)) {
                throw new TidingsException("--trusted-proxy " + pattern
                        + " is not an IP address or range such as 127.0.0.1, ::1 or 10.0.0.0/8");
            }
        }
    }

    /** Whether any proxy is named: with none, requests need not be looked at. */
    boolean any() {
        return !proxies.isEmpty();
    }

    private boolean added(String pattern) {
        try {
            proxies.add(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        if (!(request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress peer)
                || !proxies.test(peer.getAddress())) {
            return request;
        }
        InetAddress client = client(request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR));
        return client == null ? request : new ForwardedRequest(request, new InetSocketAddress(client, peer.getPort()));
    }

    /** The rightmost address of the header's hops that is not a proxy of ours; null when there is none or one is garbled. */
    private InetAddress client(List<String> headerValues) {
        List<String> hops = headerValues.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                return null;
            }
            if (!proxies.test(hop)) {
                return hop;
            }
        }
        return null;
    }

    /**
     * The address a literal names, never asking DNS: the header is the client's to write, and
     * a name in it must not make us look anything up.
     */
    private static InetAddress literal(String text) {
        try {
            if (IPV4.matcher(text).matches()) {
                byte[] bytes = new byte[4];
                String[] parts = text.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        return null;
                    }
                    bytes[i] = (byte) part;
                }
                return InetAddress.getByAddress(bytes);
            }
            // With a colon, getByName reads an IPv6 literal or fails; it never turns to DNS.
            return IPV6.matcher(text).matches() ? InetAddress.getByName(text) : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The request as the proxy received it: only the remote address differs. */
    private static final class ForwardedRequest extends Request.Wrapper {
        private final ConnectionMetaData connection;

        ForwardedRequest(Request request, SocketAddress client) {
            super(request);
            this.connection = new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
                @Override
                public SocketAddress getRemoteSocketAddress() {
                    return client;
                }
            };
        }

        @Override
        public ConnectionMetaData getConnectionMetaData() {
            return connection;
        }
    }
}
