package org.tidings.curation.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.io.DetachedSocketFactory;

/**
 * Keeps the HTTP client away from addresses that are not public, twice: its DNS resolver refuses a
 * host that is or resolves to one, and its sockets refuse to connect to one, so that whatever
 * path the client takes to an address (literal hosts, retries, a redirect), the address actually
 * connected to is checked.
 */
final class AddressGuard implements DnsResolver, DetachedSocketFactory {
    private final HostResolver resolver;
    private final boolean allowPrivate;
    private final Set<InetAddress> alsoAllowed;

    AddressGuard(FetchSettings settings) {
        this.resolver = settings.resolver();
        this.allowPrivate = settings.allowPrivate();
        this.alsoAllowed = settings.alsoAllowed();
    }

    /** Refuses {@code host} when it is a literal of a non-public address or not an address at all. */
    void checkHost(String host) throws UnknownHostException {
        InetAddress literal = IpLiterals.literal(host);
        if (literal != null) {
            check(host, literal);
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress literal = IpLiterals.literal(host);
        InetAddress[] addresses = literal != null ? new InetAddress[] {literal} : resolver.resolve(host);
        // Every address must be public: a name with one private address among public ones is not an outlet.
        for (InetAddress address : addresses) {
            check(host, address);
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    @Override
    public Socket create(Proxy proxy) {
        return new GuardedSocket();
    }

    private void check(String host, InetAddress address) throws RefusedAddressException {
        if (!allowPrivate && !alsoAllowed.contains(address) && !AddressClassifier.isPublic(address)) {
            throw new RefusedAddressException(host, address);
        }
    }

    /** A plain socket that checks the address it is about to connect to. */
    private final class GuardedSocket extends Socket {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (endpoint instanceof InetSocketAddress inet && inet.getAddress() != null) {
                check(inet.getHostString(), inet.getAddress());
            } else if (!allowPrivate) {
                throw new UnknownHostException("refused to connect to an unresolved address: " + endpoint);
            }
            super.connect(endpoint, timeout);
        }
    }
}
