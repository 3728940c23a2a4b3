package org.tidings.curation.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/** Turns a host name into addresses: the system's DNS, or a fixed map in tests. */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;

    /** Each name to the addresses written beside it (literals such as "127.0.0.1" or "::1"); other names are unknown. */
    static HostResolver of(Map<String, List<String>> names) {
        return host -> {
            List<String> addresses = names.get(host.toLowerCase(java.util.Locale.ROOT));
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByAddress(host, IpLiterals.literal(addresses.get(i)).getAddress());
            }
            return resolved;
        };
    }
}
