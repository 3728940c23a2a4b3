package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.app.TrustedProxies;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.content.TidingsException;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/**
 * Behind a reverse proxy (the tests' requests all come from 127.0.0.1), login throttling and the
 * audit log go by the client address the proxy adds to X-Forwarded-For, and only then.
 */
class TrustedProxyTest {
    private static final String GUESSER = "203.0.113.5";
    private static final String EDITOR = "198.51.100.7";

    /** One wrong password for "editor", then other names until the address has used its free failures. */
    private static void guessManyNames(RunningSite site, String forwardedFor) {
        AdminClient guesser = new AdminClient(site, forwardedFor);
        assertThat(guesser.logIn("editor", "wrong").statusCode()).isEqualTo(401);
        for (int i = 1; i < ThrottlePolicy.ADDRESS.freeFailures(); i++) {
            assertThat(guesser.logIn("name" + i, "guess").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void behindATrustedProxyOneClientsGuessesDoNotLockOthersOut() {
        try (RunningSite site = RunningSite.behind(new TrustedProxies(List.of("127.0.0.1")), TestClock.atNow())) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "editor", Role.EDITOR, AdminClient.PASSWORD);
            guessManyNames(site, GUESSER);

            assertThat(new AdminClient(site, GUESSER).logIn("editor", AdminClient.PASSWORD).statusCode())
                    .as("the guessing client waits").isEqualTo(429);
            // A client cannot pose as another by writing the header itself: the proxy appends the real address.
            assertThat(new AdminClient(site, EDITOR + ", " + GUESSER).logIn("editor", AdminClient.PASSWORD)
                    .statusCode()).isEqualTo(429);
            assertThat(new AdminClient(site, EDITOR).logIn("editor", AdminClient.PASSWORD).statusCode())
                    .as("another client is let in").isEqualTo(303);
            assertThat(site.app().stores().audit().newest("login.failed", "editor", null, 1))
                    .singleElement().satisfies(entry -> assertThat(entry.clientAddress()).isEqualTo(GUESSER));
        }
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        try (RunningSite site = RunningSite.start(TestClock.atNow())) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "editor", Role.EDITOR, AdminClient.PASSWORD);
            guessManyNames(site, GUESSER);
            assertThat(new AdminClient(site, EDITOR).logIn("editor", AdminClient.PASSWORD).statusCode())
                    .as("a made-up header does not escape the throttle").isEqualTo(429);
            assertThat(site.app().stores().audit().newest("login.failed", "editor", null, 1))
                    .singleElement().satisfies(entry -> assertThat(entry.clientAddress()).isEqualTo("127.0.0.1"));
        }
    }

    @Test
    void aGarbledOrMissingHeaderLeavesTheProxysAddress() {
        try (RunningSite site = RunningSite.behind(new TrustedProxies(List.of("127.0.0.0/8")), TestClock.atNow())) {
            for (String name : List.of("first", "second", "third")) {
                site.app().admin().accounts().create(Actor.COMMAND_LINE, name, Role.EDITOR, AdminClient.PASSWORD);
            }
            new AdminClient(site, "unknown, " + GUESSER + ", not-an-address").logIn("first", "guess");
            new AdminClient(site, "127.0.0.2").logIn("second", "guess");
            new AdminClient(site).logIn("third", "guess");
            for (String name : List.of("first", "second", "third")) {
                assertThat(site.app().stores().audit().newest("login.failed", name, null, 1)).as(name)
                        .singleElement().satisfies(entry -> assertThat(entry.clientAddress()).isEqualTo("127.0.0.1"));
            }
        }
    }

    @Test
    void onlyAddressesAndRangesAreAccepted() {
        new TrustedProxies(List.of("127.0.0.1", "::1", "10.0.0.0/8", "fd00::/8"));
        for (String bad : List.of("proxy.example.org", "300.1.1.1", "10.0.0.0/99", "")) {
            assertThatThrownBy(() -> new TrustedProxies(List.of(bad))).as(bad)
                    .isInstanceOf(TidingsException.class).hasMessageContaining("is not an IP address or range");
        }
    }
}
