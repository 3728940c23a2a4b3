package org.tidings.curation.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.tidings.i18n.Language;
import org.tidings.i18n.Wording;

/**
 * A host that is or resolves to an address that is not public. An {@link UnknownHostException}, so
 * that the HTTP client treats it as a host it cannot reach and never connects.
 */
final class RefusedAddressException extends UnknownHostException {
    private final transient Wording wording;

    RefusedAddressException(String host, InetAddress address) {
        this(describe(host, address));
    }

    private RefusedAddressException(Wording wording) {
        super(wording.text(Language.ENGLISH)); // for logs; editors read wording()
        this.wording = wording;
    }

    /** "HOST (ADDRESS) is a loopback address, not a public one", in the reader's language. */
    Wording wording() {
        return wording;
    }

    private static Wording describe(String host, InetAddress address) {
        String literal = address.getHostAddress();
        String named = host == null || host.equals(literal) ? literal : host + " (" + literal + ")";
        return Wording.of("curation.fetch.notPublic", named, AddressClassifier.classify(address).description());
    }
}
