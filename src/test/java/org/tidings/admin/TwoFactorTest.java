package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Authenticator;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

class TwoFactorTest {
    private static final TestClock clock = TestClock.atNow();
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.start(clock);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Enrols {@code client}'s account and returns its authenticator and recovery codes. */
    private static Enrolled enrol(AdminClient client) {
        Document page = client.page("/admin/account/two-factor/");
        Authenticator app = new Authenticator(page.select("#secret").text());
        HttpResponse<String> done = client.submit("/admin/account/two-factor/",
                Map.of("code", app.codeAt(clock.instant())));
        assertThat(done.statusCode()).isEqualTo(200);
        HtmlCheck.save("admin-recovery-codes", done.body());
        List<String> codes = Jsoup.parse(done.body()).select(".codes code").eachText();
        return new Enrolled(app, codes);
    }

    private record Enrolled(Authenticator app, List<String> recoveryCodes) {
    }

    @Test
    void theEnrolmentPageShowsAQrCodeDrawnHereAndTheSecretInText() {
        AdminClient client = AdminClient.loggedIn(site, "qr", Role.EDITOR);
        Document page = client.page("/admin/account/two-factor/");
        Element svg = page.selectFirst("svg.qr");
        assertThat(svg).isNotNull();
        assertThat(svg.selectFirst("path").attr("d")).matches("(M\\d+ \\d+h1v1h-1z)+");
        assertThat(page.select("#secret").text().replace(" ", "")).matches("[A-Z2-7]{32}");
        assertThat(page.select("img, script, iframe")).isEmpty();
        assertThat(client.page("/admin/account/two-factor/").select("#secret").text())
                .as("a reload shows the same secret").isEqualTo(page.select("#secret").text());
    }

    @Test
    void aWrongCodeLeavesTwoFactorOff() {
        AdminClient client = AdminClient.loggedIn(site, "wrong", Role.EDITOR);
        client.page("/admin/account/two-factor/");
        HttpResponse<String> answer = client.submit("/admin/account/two-factor/", Map.of("code", "000000"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(site.app().stores().users().byUsername("wrong").orElseThrow().totpEnabled()).isFalse();
    }

    @Test
    void afterEnrolmentLoginNeedsTheCodeAndACodeWorksOnce() {
        AdminClient client = AdminClient.loggedIn(site, "twofa", Role.EDITOR);
        Enrolled enrolled = enrol(client);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        clock.advance(Duration.ofSeconds(30));

        AdminClient again = new AdminClient(site);
        HttpResponse<String> password = again.logIn("twofa", AdminClient.PASSWORD);
        assertThat(password.headers().firstValue("Location").orElseThrow()).startsWith("/admin/login/two-factor/");
        assertThat(again.get("/admin/").statusCode()).as("no admin before the code").isEqualTo(303);
        String code = enrolled.app().codeAt(clock.instant());
        HtmlCheck.save("admin-two-factor-login", again.get("/admin/login/two-factor/").body());
        HttpResponse<String> in = sendCode(again, code);
        assertThat(in.headers().firstValue("Location")).hasValue("/admin/");
        assertThat(again.get("/admin/").statusCode()).isEqualTo(200);

        AdminClient replay = new AdminClient(site);
        replay.logIn("twofa", AdminClient.PASSWORD);
        assertThat(sendCode(replay, code).statusCode()).as("the same code a second time").isEqualTo(401);
    }

    @Test
    void eachRecoveryCodeLogsInOnce() {
        AdminClient client = AdminClient.loggedIn(site, "lostphone", Role.EDITOR);
        String recovery = enrol(client).recoveryCodes().get(3);

        AdminClient first = new AdminClient(site);
        first.logIn("lostphone", AdminClient.PASSWORD);
        assertThat(sendCode(first, recovery.toUpperCase()).statusCode()).isEqualTo(303);
        assertThat(first.page("/admin/account/").text()).contains("9 unused recovery codes");

        AdminClient second = new AdminClient(site);
        second.logIn("lostphone", AdminClient.PASSWORD);
        assertThat(sendCode(second, recovery).statusCode()).isEqualTo(401);
    }

    @Test
    void theCodeStepExpires() {
        AdminClient client = AdminClient.loggedIn(site, "slow", Role.EDITOR);
        Enrolled enrolled = enrol(client);
        AdminClient again = new AdminClient(site);
        again.logIn("slow", AdminClient.PASSWORD);
        clock.advance(Sessions.TWO_FACTOR_STEP.plusSeconds(1));
        String token = AdminClient.csrfOf(again.page("/admin/login/"));
        HttpResponse<String> late = again.post("/admin/login/two-factor/",
                Map.of("csrf", token, "code", enrolled.app().codeAt(clock.instant())));
        assertThat(late.headers().firstValue("Location")).hasValue("/admin/login/");
        assertThat(again.get("/admin/").statusCode()).isEqualTo(303);
    }

    @Test
    void turningItOffNeedsThePassword() {
        AdminClient client = AdminClient.loggedIn(site, "offagain", Role.EDITOR);
        enrol(client);
        assertThat(client.submit("/admin/account/two-factor/disable/", Map.of("password", "wrong password!!"))
                .statusCode()).isEqualTo(422);
        assertThat(client.submit("/admin/account/two-factor/disable/", Map.of("password", AdminClient.PASSWORD))
                .statusCode()).isEqualTo(303);
        assertThat(new AdminClient(site).logIn("offagain", AdminClient.PASSWORD).headers().firstValue("Location"))
                .hasValue("/admin/");
    }

    @Test
    void whenTheSiteRequiresItAnAccountWithoutItMustEnrolFirst() {
        AdminClient client = AdminClient.loggedIn(site, "required", Role.CONTRIBUTOR);
        site.app().content().saveSettings(java.util.Map.of(AdminGuard.REQUIRE_TWO_FACTOR, "true"));
        try {
            HttpResponse<String> dashboard = client.get("/admin/");
            assertThat(dashboard.statusCode()).isEqualTo(303);
            assertThat(dashboard.headers().firstValue("Location")).hasValue("/admin/account/two-factor/");
            enrol(client);
            assertThat(client.get("/admin/").statusCode()).isEqualTo(200);
        } finally {
            site.app().content().saveSettings(java.util.Map.of(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
        }
    }

    private static HttpResponse<String> sendCode(AdminClient client, String code) {
        Document form = client.page("/admin/login/two-factor/");
        return client.post("/admin/login/two-factor/", Map.of("csrf", AdminClient.csrfOf(form), "code", code));
    }
}
