package org.tidings.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;
import org.tidings.content.TidingsException;

/** IP addresses and ranges an operator named on the command line, such as 127.0.0.1, ::1 or 10.0.0.0/8. */
public final class AddressRanges {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    /** No address at all. */
    public static final AddressRanges NONE = new AddressRanges("", List.of());
    private final InetAddressSet addresses = new InetAddressSet();

    /** {@code patterns} as given to {@code option}, which a refusal names. */
    public AddressRanges(String option, List<String> patterns) {
        for (String pattern : patterns) {
            if (literal(pattern.replaceFirst("/\\d{1,3}$", "")) == null || !added(pattern)) {
                throw new TidingsException(option + " " + pattern
                        + " is not an IP address or range such as 127.0.0.1, ::1 or 10.0.0.0/8");
            }
        }
    }

    private boolean added(String pattern) {
        try {
            addresses.add(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether no address was named. */
    public boolean isEmpty() {
        return addresses.isEmpty();
    }

    /** Whether {@code address} is one of these or in one of these ranges. */
    public boolean contains(InetAddress address) {
        return addresses.test(address);
    }

    /**
     * The address a literal names, or null, never asking DNS: the text may come from a client
     * (X-Forwarded-For), and a name in it must not make us look anything up.
     */
    static InetAddress literal(String text) {
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
}
