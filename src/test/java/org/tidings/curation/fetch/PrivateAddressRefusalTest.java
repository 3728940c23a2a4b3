package org.tidings.curation.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidings.i18n.Language;

/**
 * With private addresses refused, no URL, DNS answer or redirect reaches one. The outlet's server
 * listens on 127.0.0.2, the one non-public address these tests allow; the "internal" service on
 * 127.0.0.1 must never see a request.
 */
class PrivateAddressRefusalTest {
    private LocalServer outlet;
    private LocalServer internal;
    private SafeFetcher fetcher;

    @BeforeEach
    void start() throws UnknownHostException {
        outlet = new LocalServer("127.0.0.2");
        internal = new LocalServer("127.0.0.1");
        internal.handle("/", exchange -> LocalServer.send(exchange, 200, "secret"));
        outlet.handle("/to", exchange -> {
            exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawQuery());
            LocalServer.send(exchange, 302, "");
        });
        outlet.handle("/feed", exchange -> LocalServer.send(exchange, 200, "<rss/>"));
        HostResolver dns = HostResolver.of(Map.of(
                "outlet.example", List.of("127.0.0.2"),
                "looks-public.example", List.of("127.0.0.1"),
                "mixed.example", List.of("127.0.0.2", "10.0.0.1"),
                "metadata.example", List.of("169.254.169.254")));
        fetcher = new SafeFetcher(FetchSettings.forSite("https://news.example.org/").withResolver(dns)
                .withAlsoAllowed(Set.of(InetAddress.getByName("127.0.0.2"))));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        outlet.close();
        internal.close();
    }

    @Test
    void theAllowedOutletIsReached() {
        FetchResult result = fetcher.fetch(FetchRequest.feed(outletUrl("/feed"), null, null));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefused() {
        FetchResult result = fetcher.fetch(FetchRequest.feed(
                "http://looks-public.example:" + internal.port() + "/", null, null));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
        assertThat(result.problem().text(Language.ENGLISH)).isEqualTo(
                "refused: looks-public.example (127.0.0.1) is a loopback address, not a public one");
        assertThat(internal.received).isEmpty();
    }

    @Test
    void aNameWithOnePrivateAddressAmongOthersIsRefused() {
        FetchResult result = fetcher.fetch(FetchRequest.feed("http://mixed.example:" + outlet.port() + "/feed",
                null, null));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
        assertThat(outlet.received).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1:PORT/", "http://[::ffff:127.0.0.1]:PORT/", "http://2130706433:PORT/",
            "http://0x7f.1:PORT/", "http://0177.0.0.1:PORT/", "http://127.1:PORT/", "http://[::1]:PORT/",
            "http://looks-public.example:PORT/", "http://metadata.example:PORT/", "http://[64:ff9b::7f00:1]:PORT/",
            "http://[2002:7f00:1::]:PORT/", "http://127.0.0.1.:PORT/", "http://0:PORT/"})
    void aRedirectToAPrivateAddressIsRefusedAtThatHop(String target) {
        String location = target.replace("PORT", String.valueOf(internal.port()));

        FetchResult result = fetcher.fetch(FetchRequest.feed(outletUrl("/to?" + location), null, null));

        assertThat(result.outcome()).as(location).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
        assertThat(result.problem().text(Language.ENGLISH)).startsWith("refused: ").endsWith(", not a public one");
        assertThat(outlet.received).hasSize(1);
        assertThat(internal.received).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:PORT/", "http://2130706433:PORT/", "http://[::ffff:7f00:1]:PORT/"})
    void aPrivateAddressAsTheFirstUrlIsRefused(String url) {
        FetchResult result = fetcher.fetch(FetchRequest.feed(url.replace("PORT", String.valueOf(internal.port())),
                null, null));

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REFUSED_ADDRESS);
        assertThat(internal.received).isEmpty();
    }

    @Test
    void theSocketItselfRefusesAPrivateAddress() {
        AddressGuard guard = new AddressGuard(FetchSettings.forSite("https://news.example.org/"));
        Socket socket = guard.create(Proxy.NO_PROXY);

        assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", internal.port()), 1000))
                .isInstanceOf(RefusedAddressException.class);
        assertThat(socket.isConnected()).isFalse();
    }

    @Test
    void allowPrivateTurnsTheCheckOff() {
        try (SafeFetcher open = new SafeFetcher(FetchSettings.forSite("https://news.example.org/")
                .withAllowPrivate(true))) {
            FetchResult result = open.fetch(FetchRequest.feed(internal.url("/"), null, null));

            assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        }
    }

    private String outletUrl(String path) {
        return "http://outlet.example:" + outlet.port() + path;
    }
}
