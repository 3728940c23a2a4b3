package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/** Failed logins from one address slow down and then lock, told by a clock the test moves: nothing sleeps. */
class ThrottleTest {
    private final TestClock clock = TestClock.atNow();
    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.start(clock);
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "target", Role.ADMIN, AdminClient.PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpResponse<String> attempt(String username, String password) {
        return new AdminClient(site).logIn(username, password);
    }

    private static String error(HttpResponse<String> answer) {
        return Jsoup.parse(answer.body()).select(".error").text();
    }

    @Test
    void afterAFewFailuresEachAttemptMustWaitLonger() {
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
            assertThat(attempt("target", "guess number " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> tooSoon = attempt("target", AdminClient.PASSWORD);
        assertThat(tooSoon.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(error(tooSoon)).isEqualTo("Too many failed attempts. Wait 1 second before trying again.");

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("target", "another guess").statusCode()).isEqualTo(401);
        assertThat(error(attempt("target", "x"))).contains("Wait 2 seconds");
        clock.advance(Duration.ofSeconds(2));
        assertThat(attempt("target", "and another").statusCode()).isEqualTo(401);
        assertThat(error(attempt("target", "x"))).contains("Wait 4 seconds");
    }

    @Test
    void manyFailuresLockTheAccountAndItsOwnerIsToldAtTheNextLogin() {
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_ADDRESS.lockAfter(); i++) {
            clock.advance(ThrottlePolicy.ACCOUNT_AT_ADDRESS.maxDelay());
            assertThat(attempt("target", "guess " + i).statusCode()).isEqualTo(401);
        }
        clock.advance(ThrottlePolicy.ACCOUNT_AT_ADDRESS.maxDelay());
        HttpResponse<String> locked = attempt("target", AdminClient.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(error(locked)).contains("Wait 14 minutes");

        clock.advance(ThrottlePolicy.ACCOUNT_AT_ADDRESS.lockFor());
        AdminClient owner = new AdminClient(site);
        assertThat(owner.logIn("target", AdminClient.PASSWORD).statusCode()).isEqualTo(303);
        String notice = owner.page("/admin/").select(".notice").text();
        assertThat(notice).contains("10 failed login attempts on your account since your last login")
                .contains("logins were then refused until");
        assertThat(owner.page("/admin/").select(".notice")).as("shown once").isEmpty();
        assertThat(site.app().stores().audit().newest("login.locked", "target", null, 10)).hasSize(1);
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeARealOne() {
        for (int i = 0; i < ThrottlePolicy.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
            attempt("target", "guess " + i);
            attempt("ghost", "guess " + i);
        }
        HttpResponse<String> real = attempt("target", "x");
        HttpResponse<String> ghost = attempt("ghost", "x");
        assertThat(ghost.statusCode()).isEqualTo(real.statusCode()).isEqualTo(429);
        assertThat(error(ghost)).isEqualTo(error(real));
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedToo() {
        for (int i = 0; i < ThrottlePolicy.ADDRESS.freeFailures(); i++) {
            assertThat(attempt("name" + i, "guess").statusCode()).isEqualTo(401);
        }
        assertThat(attempt("target", AdminClient.PASSWORD).statusCode()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt("target", AdminClient.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsCount() {
        attempt("target", "one wrong");
        attempt("target", "two wrong");
        assertThat(attempt("target", AdminClient.PASSWORD).statusCode()).isEqualTo(303);
        attempt("target", "three wrong");
        attempt("target", "four wrong");
        assertThat(attempt("target", AdminClient.PASSWORD).statusCode()).as("count started again").isEqualTo(303);
    }
}
