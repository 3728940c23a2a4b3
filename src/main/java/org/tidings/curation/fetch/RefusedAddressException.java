package org.tidings.curation.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host that is or resolves to an address that is not public. An {@link UnknownHostException}, so
 * that the HTTP client treats it as a host it cannot reach and never connects.
 */
final class RefusedAddressException extends UnknownHostException {
    RefusedAddressException(String host, InetAddress address) {
        super(describe(host, address));
    }

    static String describe(String host, InetAddress address) {
        String literal = address.getHostAddress();
        String named = host == null || host.equals(literal) ? literal : host + " (" + literal + ")";
        return named + " is " + AddressClassifier.classify(address).description() + ", not a public one";
    }
}
