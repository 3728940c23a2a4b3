package org.tidings.curation.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads the IP address a URL's host names by itself, never asking DNS. IPv4 follows inet_aton, as
 * curl and browsers do: one to four parts, each decimal, octal (leading 0) or hex (0x), the last
 * filling the remaining bytes, so {@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1} and
 * {@code 127.1} all name 127.0.0.1. A host whose last label is a number but that is no valid
 * address is refused rather than handed to DNS, which might read it its own way.
 */
public final class IpLiterals {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpLiterals() {
    }

    /** The address {@code host} spells, or null when it is a name. */
    public static InetAddress literal(String host) throws UnknownHostException {
        if (host.startsWith("[") && host.endsWith("]")) {
            return ipv6(host.substring(1, host.length() - 1), host);
        }
        if (host.contains(":")) {
            return ipv6(host, host);
        }
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = trimmed.split("\\.", -1);
        if (!NUMBER.matcher(parts[parts.length - 1]).matches()) {
            return null;
        }
        byte[] bytes = ipv4(parts);
        if (bytes == null) {
            throw new UnknownHostException(host + " is not a valid IPv4 address");
        }
        return InetAddress.getByAddress(host, bytes);
    }

    /** The four bytes of a plain dotted quad such as 10.0.0.0. */
    static byte[] dotted(String quad) {
        byte[] bytes = ipv4(quad.split("\\."));
        if (bytes == null || quad.split("\\.").length != 4) {
            throw new IllegalArgumentException(quad);
        }
        return bytes;
    }

    private static InetAddress ipv6(String text, String host) throws UnknownHostException {
        // With only hex digits, colons and dots, getByName reads a literal or fails: it never asks DNS.
        if (!text.contains(":") || !IPV6.matcher(text).matches()) {
            throw new UnknownHostException(host + " is not a valid IPv6 address");
        }
        return InetAddress.getByName(text);
    }

    private static byte[] ipv4(String[] parts) {
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(parts[i]);
            long limit = i < parts.length - 1 ? 255 : (1L << (8 * (5 - parts.length))) - 1;
            if (values[i] < 0 || values[i] > limit) {
                return null;
            }
        }
        long address = values[parts.length - 1];
        for (int i = 0; i < parts.length - 1; i++) {
            address |= values[i] << (8 * (3 - i));
        }
        return new byte[] {(byte) (address >> 24), (byte) (address >> 16), (byte) (address >> 8), (byte) address};
    }

    /** The value of one part, or -1 when it is no number or too long to be a byte count. */
    private static long number(String part) {
        if (!NUMBER.matcher(part).matches() || part.length() > 12) {
            return -1;
        }
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            return part.length() > 1 && part.startsWith("0") ? Long.parseLong(part.substring(1), 8)
                    : Long.parseLong(part);
        } catch (NumberFormatException e) {
            return -1; // 08 or 09: not octal
        }
    }
}
