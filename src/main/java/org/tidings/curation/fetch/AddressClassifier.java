package org.tidings.curation.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Sorts IP addresses after IANA's special-purpose registries. An IPv6 address that carries an IPv4
 * one (mapped, compatible, NAT64, 6to4, Teredo) is judged by the IPv4 address inside, since a
 * gateway on the way may deliver it there. Outside the ranges named here, IPv6 is public only in
 * global unicast (2000::/3).
 */
public final class AddressClassifier {
    private AddressClassifier() {
    }

    public static boolean isPublic(InetAddress address) {
        return classify(address) == AddressKind.PUBLIC;
    }

    public static AddressKind classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? ipv4(toInt(bytes, 0)) : ipv6(bytes);
    }

    private record Range(int base, int mask, AddressKind kind) {
        static Range of(String network, int prefix, AddressKind kind) {
            int mask = -1 << (32 - prefix);
            return new Range(toInt(IpLiterals.dotted(network), 0) & mask, mask, kind);
        }
    }

    // Checked in order: the first range that holds an address names its kind.
    private static final List<Range> IPV4_RANGES = List.of(
            Range.of("255.255.255.255", 32, AddressKind.BROADCAST),
            Range.of("0.0.0.0", 32, AddressKind.UNSPECIFIED),
            Range.of("0.0.0.0", 8, AddressKind.RESERVED), // "this network"
            Range.of("10.0.0.0", 8, AddressKind.PRIVATE),
            Range.of("100.64.0.0", 10, AddressKind.SHARED),
            Range.of("127.0.0.0", 8, AddressKind.LOOPBACK),
            Range.of("169.254.0.0", 16, AddressKind.LINK_LOCAL),
            Range.of("172.16.0.0", 12, AddressKind.PRIVATE),
            Range.of("192.0.0.0", 24, AddressKind.RESERVED), // IETF protocol assignments
            Range.of("192.0.2.0", 24, AddressKind.DOCUMENTATION),
            Range.of("192.88.99.0", 24, AddressKind.RESERVED), // 6to4 relay anycast
            Range.of("192.168.0.0", 16, AddressKind.PRIVATE),
            Range.of("198.18.0.0", 15, AddressKind.RESERVED), // benchmarking
            Range.of("198.51.100.0", 24, AddressKind.DOCUMENTATION),
            Range.of("203.0.113.0", 24, AddressKind.DOCUMENTATION),
            Range.of("224.0.0.0", 4, AddressKind.MULTICAST),
            Range.of("240.0.0.0", 4, AddressKind.RESERVED));

    private static AddressKind ipv4(int address) {
        for (Range range : IPV4_RANGES) {
            if ((address & range.mask()) == range.base()) {
                return range.kind();
            }
        }
        return AddressKind.PUBLIC;
    }

    private static AddressKind ipv6(byte[] b) {
        if (zeros(b, 0, 12)) {
            int last = toInt(b, 12);
            // ::, ::1, then IPv4-compatible ::a.b.c.d (deprecated, but a stack may still route it)
            return last == 0 ? AddressKind.UNSPECIFIED : last == 1 ? AddressKind.LOOPBACK : ipv4(last);
        }
        if (zeros(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return ipv4(toInt(b, 12)); // mapped ::ffff:a.b.c.d
        }
        if (zeros(b, 0, 8) && (b[8] & 0xFF) == 0xFF && (b[9] & 0xFF) == 0xFF && zeros(b, 10, 2)) {
            return ipv4(toInt(b, 12)); // translated ::ffff:0:a.b.c.d (SIIT)
        }
        int first16 = ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
        int first32 = toInt(b, 0);
        if (first32 == 0x0064FF9B && zeros(b, 4, 8)) {
            return ipv4(toInt(b, 12)); // NAT64 64:ff9b::a.b.c.d
        }
        if (first32 == 0x20010000) {
            return ipv4(~toInt(b, 12)); // Teredo: the client's address, bits inverted
        }
        if (first16 == 0x2002) {
            return ipv4(toInt(b, 2)); // 6to4 2002:aabb:ccdd::
        }
        if ((first16 & 0xFE00) == 0xFC00) {
            return AddressKind.UNIQUE_LOCAL;
        }
        if ((first16 & 0xFFC0) == 0xFE80) {
            return AddressKind.LINK_LOCAL;
        }
        if ((first16 & 0xFFC0) == 0xFEC0) {
            return AddressKind.PRIVATE; // site-local, deprecated
        }
        if ((first16 & 0xFF00) == 0xFF00) {
            return AddressKind.MULTICAST;
        }
        if (first32 == 0x20010DB8 || (first32 & 0xFFFFF000) == 0x3FFF0000) {
            return AddressKind.DOCUMENTATION; // 2001:db8::/32, 3fff::/20
        }
        if ((first16 & 0xE000) != 0x2000 // outside global unicast: 64:ff9b:1::/48, 100::/64, 5f00::/16...
                || (first32 & 0xFFFFFE00) == 0x20010000) { // the rest of 2001::/23, IETF protocol assignments
            return AddressKind.RESERVED;
        }
        return AddressKind.PUBLIC;
    }

    private static boolean zeros(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int toInt(byte[] bytes, int from) {
        return ((bytes[from] & 0xFF) << 24) | ((bytes[from + 1] & 0xFF) << 16) | ((bytes[from + 2] & 0xFF) << 8)
                | (bytes[from + 3] & 0xFF);
    }
}
