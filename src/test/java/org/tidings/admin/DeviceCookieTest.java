package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RawHttp;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/**
 * Strangers guessing from other addresses must not lock an editor out: a browser that logged in
 * before holds a device cookie, and its attempts are throttled on their own. Strangers are
 * still throttled, per address and per account, and the owner still hears of them. Each
 * stranger is a client socket bound to its own local address (127.0.0.2, 127.0.0.3...).
 */
class DeviceCookieTest {
    private final TestClock clock = TestClock.atNow();
    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.start(clock);
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "owner", Role.EDITOR, AdminClient.PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** One login attempt by a stranger at 127.0.0.{@code n}, through the real form. */
    private RawHttp.Response stranger(int n, String password) {
        return stranger(n, password, "");
    }

    /** The same, sending {@code moreCookies} too (say, a device cookie of its own making). */
    private RawHttp.Response stranger(int n, String password, String moreCookies) {
        RawHttp http = RawHttp.from(site, "127.0.0." + n);
        RawHttp.Response form = http.get("/admin/login/");
        HttpCookie cookie = HttpCookie.parse(form.header("Set-Cookie").orElseThrow()).getFirst();
        String token = Jsoup.parse(form.body()).selectFirst("input[name=csrf]").val();
        return http.post("/admin/login/", Map.of("Cookie", cookie.getName() + "=" + cookie.getValue() + moreCookies),
                Map.of("csrf", token, "username", "owner", "password", password));
    }

    /** The owner's own browser, which has logged in (and out) before, so it holds a device cookie. */
    private AdminClient ownersBrowser() {
        AdminClient browser = new AdminClient(site);
        assertThat(browser.logIn("owner", AdminClient.PASSWORD).statusCode()).isEqualTo(303);
        assertThat(browser.submit("/admin/logout/", Map.of()).statusCode()).isEqualTo(303);
        return browser;
    }

    /** Strangers at many addresses, each guessing until it is made to wait, paced to lock the account if they can. */
    private void strangersGuess(int guesses) {
        for (int i = 0; i < guesses; i++) {
            clock.advance(ThrottlePolicy.ACCOUNT.maxDelay());
            stranger(2 + i, "guess " + i);
        }
    }

    @Test
    void strangersFailuresDoNotLockOutABrowserThatLoggedInBefore() {
        AdminClient owner = ownersBrowser();
        strangersGuess(ThrottlePolicy.ACCOUNT.lockAfter() + 5);
        assertThat(stranger(200, AdminClient.PASSWORD).status()).as("a new browser is locked out").isEqualTo(429);

        HttpResponse<String> login = owner.logIn("owner", AdminClient.PASSWORD);
        assertThat(login.statusCode()).as("the owner's browser is not").isEqualTo(303);
        assertThat(owner.page("/admin/").select(".notice").text())
                .as("the guesses made while locked were refused unchecked, so not counted")
                .contains(ThrottlePolicy.ACCOUNT.lockAfter() + " failed login attempts on your account");
    }

    @Test
    void aFewStrangersFailuresDoNotMakeTheOwnerWaitEvenInANewBrowser() {
        for (int n = 2; n <= 4; n++) {
            assertThat(stranger(n, "guess").status()).isEqualTo(401);
        }
        assertThat(stranger(5, AdminClient.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void aStrangerIsStillSlowedAtItsOwnAddress() {
        ownersBrowser();
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
            assertThat(stranger(9, "guess " + i).status()).isEqualTo(401);
        }
        RawHttp.Response slowed = stranger(9, AdminClient.PASSWORD);
        assertThat(slowed.status()).as("even the right password waits").isEqualTo(429);
        assertThat(Jsoup.parse(slowed.body()).select(".error").text()).contains("Wait 1 second");
        assertThat(stranger(10, "a first guess from elsewhere").status()).isEqualTo(401);
        String madeUp = "; tidings_device=" + "A".repeat(43) + "." + clock.instant().getEpochSecond() + "." + "B".repeat(43);
        assertThat(stranger(9, AdminClient.PASSWORD, madeUp).status()).as("a made-up device cookie counts for nothing")
                .isEqualTo(429);
    }

    @Test
    void aDeviceCookieCountsOnlyItsOwnFailuresAndTooManyEndIt() {
        AdminClient owner = ownersBrowser();
        for (int i = 0; i < ThrottlePolicy.DEVICE.lockAfter(); i++) {
            clock.advance(ThrottlePolicy.DEVICE.maxDelay());
            assertThat(owner.logIn("owner", "my own typo " + i).statusCode()).isEqualTo(401);
        }
        clock.advance(ThrottlePolicy.DEVICE.maxDelay());
        assertThat(stranger(2, AdminClient.PASSWORD).status()).as("others are not slowed by the device's failures")
                .isEqualTo(303);

        strangersGuess(ThrottlePolicy.ACCOUNT.lockAfter());
        assertThat(owner.logIn("owner", AdminClient.PASSWORD).statusCode())
                .as("the device cookie no longer counts, so the strangers' lock applies").isEqualTo(429);
    }

    @Test
    void aDeviceCookieCountsOnlyForTheAccountItLoggedInto() {
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "colleague", Role.EDITOR, AdminClient.PASSWORD);
        AdminClient owner = ownersBrowser();
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
            assertThat(owner.logIn("colleague", "guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(owner.logIn("colleague", AdminClient.PASSWORD).statusCode()).isEqualTo(429);
    }
}
