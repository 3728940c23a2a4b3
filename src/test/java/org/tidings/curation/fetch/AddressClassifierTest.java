package org.tidings.curation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every spelling of a host that names an address is judged by the address it names. */
class AddressClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // the plain ranges
            "0.0.0.0, UNSPECIFIED", "0.1.2.3, RESERVED", "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK",
            "10.0.0.1, PRIVATE", "10.255.255.255, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.254, PRIVATE",
            "172.32.0.1, PUBLIC", "172.15.255.255, PUBLIC", "192.168.1.1, PRIVATE", "169.254.169.254, LINK_LOCAL",
            "100.64.0.1, SHARED", "100.127.255.255, SHARED", "100.128.0.1, PUBLIC", "224.0.0.1, MULTICAST",
            "239.255.255.250, MULTICAST", "255.255.255.255, BROADCAST", "240.0.0.1, RESERVED",
            "192.0.0.8, RESERVED", "192.0.2.10, DOCUMENTATION", "198.51.100.7, DOCUMENTATION",
            "203.0.113.1, DOCUMENTATION", "198.18.0.1, RESERVED", "192.88.99.1, RESERVED",
            "8.8.8.8, PUBLIC", "1.1.1.1, PUBLIC", "93.184.215.14, PUBLIC",
            // numeric spellings read as inet_aton and curl read them
            "2130706433, LOOPBACK", "0177.0.0.1, LOOPBACK", "0x7f.1, LOOPBACK", "0x7F000001, LOOPBACK",
            "127.1, LOOPBACK", "127.0.1, LOOPBACK", "10.1, PRIVATE", "0, UNSPECIFIED", "0x0, UNSPECIFIED",
            "012.0.0.1, PRIVATE", "0xa.0.0.1, PRIVATE", "3232235777, PRIVATE", "0300.0250.1.1, PRIVATE",
            "127.0.0.1., LOOPBACK", "134744072, PUBLIC",
            // IPv6
            "[::], UNSPECIFIED", "[::1], LOOPBACK", "[fe80::1], LINK_LOCAL", "[fc00::1], UNIQUE_LOCAL",
            "[fd12:3456::1], UNIQUE_LOCAL", "[ff02::1], MULTICAST", "[2001:db8::1], DOCUMENTATION",
            "[fec0::1], PRIVATE", "[100::1], RESERVED", "[2001:10::1], RESERVED",
            "[2606:4700:4700::1111], PUBLIC", "[2a00:1450:4001::1], PUBLIC",
            // IPv4 inside IPv6
            "[::ffff:127.0.0.1], LOOPBACK", "[::ffff:7f00:1], LOOPBACK", "[::ffff:10.0.0.1], PRIVATE",
            "[::ffff:8.8.8.8], PUBLIC", "[::127.0.0.1], LOOPBACK", "[::10.1.2.3], PRIVATE",
            "[::ffff:0:127.0.0.1], LOOPBACK", "[64:ff9b::127.0.0.1], LOOPBACK", "[64:ff9b::a00:1], PRIVATE",
            "[64:ff9b::808:808], PUBLIC", "[64:ff9b:1::1], RESERVED", "[2002:7f00:1::], LOOPBACK",
            "[2002:a9fe:a9fe::1], LINK_LOCAL", "[2002:808:808::1], PUBLIC",
            // Teredo: server 65.54.227.120, client address bits inverted (80ff:fffe = 127.0.0.1)
            "[2001:0:4136:e378:8000:63bf:80ff:fffe], LOOPBACK",
            "[2001:0:4136:e378:8000:63bf:f5ff:fffe], PRIVATE",
            "[2001:0:4136:e378:8000:63bf:f7f7:f7f7], PUBLIC",
    })
    void everyFormIsClassified(String host, AddressKind expected) throws UnknownHostException {
        assertThat(AddressClassifier.classify(IpLiterals.literal(host))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"outlet.example", "yna.co.kr", "1.example", "example.123x", "localhost"})
    void namesAreLeftToDns(String host) throws UnknownHostException {
        assertThat(IpLiterals.literal(host)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"256.0.0.1", "1.2.3.4.5", "08.0.0.1", "0x1.0x100.1.1", "1..1", "4294967296", "a.1", "[::g]",
            "[fe80::1%25eth0]", "127.0.0.256"})
    void malformedNumbersAreRefusedNotResolved(String host) {
        assertThatThrownBy(() -> IpLiterals.literal(host)).isInstanceOf(UnknownHostException.class);
    }
}
