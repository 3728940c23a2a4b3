package org.tidings.app;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The reverse proxies in front of the server. Behind one, every request comes from the proxy's
 * address, so login throttling and the audit log would see a single client. For a request from
 * a proxy named here, the client is the nearest address in X-Forwarded-For that is not one of
 * our proxies: the entries further left were written by the client itself and could be
 * anything. Requests from any other address keep their own, and their X-Forwarded-For is ignored.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {
    /** No proxy: every request's own address is its client's. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());
    private final AddressRanges proxies;

    /** {@code patterns}: addresses ({@code 127.0.0.1}, {@code ::1}) or ranges ({@code 10.0.0.0/8}). */
    public TrustedProxies(List<String> patterns) {
        this.proxies = new AddressRanges("--trusted-proxy", patterns);
    }

    /** Whether any proxy is named: with none, requests need not be looked at. */
    boolean any() {
        return !proxies.isEmpty();
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        if (!(request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress peer)
                || !proxies.contains(peer.getAddress())) {
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
            InetAddress hop = AddressRanges.literal(hops.get(i));
            if (hop == null) {
                return null;
            }
            if (!proxies.contains(hop)) {
                return hop;
            }
        }
        return null;
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
