package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;

class UsersScreenTest {
    private static RunningSite site;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        admin = AdminClient.loggedIn(site, "boss", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long id(String username) {
        return site.app().stores().users().byUsername(username).orElseThrow().id();
    }

    @Test
    void anAdminCreatesAnAccountAndTheNewcomerLogsInWithTheOneTimePassword() {
        HttpResponse<String> created = admin.submit("/admin/users/", Map.of("username", "Newbie", "role", "editor"));
        assertThat(created.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(created.body());
        String password = page.select("#one-time-password").text();
        assertThat(password).hasSizeGreaterThan(15);
        assertThat(page.select("#user-newbie td").eachText()).containsSequence("newbie", "editor", "off",
                "must change password");

        AdminClient newbie = new AdminClient(site);
        assertThat(newbie.logIn("newbie", password).statusCode()).isEqualTo(303);
        assertThat(newbie.get("/admin/").headers().firstValue("Location")).hasValue("/admin/account/password/");
    }

    @Test
    void aBadNameIsShownOnTheFormAndCreatesNothing() {
        HttpResponse<String> answer = admin.submit("/admin/users/", Map.of("username", "two words", "role", "editor"));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(answer.body()).select(".error").text()).startsWith("A username has 1 to 64 letters");
        assertThat(site.app().stores().users().byUsername("two words")).isEmpty();
    }

    @Test
    void aTakenNameIsShownAtTheUsernameFieldWithWhatWasTyped() {
        admin.submit("/admin/users/", Map.of("username", "taken", "role", "editor"));
        HttpResponse<String> answer = admin.submit("/admin/users/", Map.of("username", "TAKEN", "role", "editor"));
        assertThat(answer.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("#new-username-problem").text()).isEqualTo("There is already an account named taken.");
        assertThat(page.select("#new-username").attr("aria-describedby")).isEqualTo("new-username-problem");
        assertThat(page.select("#new-username").val()).isEqualTo("TAKEN");
        assertThat(page.select("#one-time-password")).isEmpty();
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRequest() {
        AdminClient other = AdminClient.loggedIn(site, "deputy", Role.ADMIN);
        assertThat(other.get("/admin/users/").statusCode()).isEqualTo(200);
        assertThat(admin.submit("/admin/users/" + id("deputy") + "/role/", Map.of("role", "contributor"))
                .statusCode()).isEqualTo(303);
        assertThat(other.get("/admin/users/").statusCode()).isEqualTo(403);
        assertThat(site.app().stores().audit().newest("user.role-changed", "boss", null, 10))
                .anyMatch(e -> e.subject().equals("deputy from admin to contributor"));
    }

    @Test
    void disablingEndsTheSessionsAndEnablingAllowsLoginAgain() {
        AdminClient other = AdminClient.loggedIn(site, "paused", Role.EDITOR);
        admin.submit("/admin/users/" + id("paused") + "/disable/", Map.of());
        assertThat(other.get("/admin/").statusCode()).isEqualTo(303);
        assertThat(new AdminClient(site).logIn("paused", AdminClient.PASSWORD).statusCode()).isEqualTo(401);
        admin.submit("/admin/users/" + id("paused") + "/enable/", Map.of());
        assertThat(new AdminClient(site).logIn("paused", AdminClient.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void anAdminCannotDemoteOrDisableThemself() {
        long self = id("boss");
        assertThat(admin.submit("/admin/users/" + self + "/role/", Map.of("role", "contributor")).statusCode())
                .isEqualTo(403);
        assertThat(admin.submit("/admin/users/" + self + "/disable/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.get("/admin/users/").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownAccountsAnswer404() {
        assertThat(admin.submit("/admin/users/999999/disable/", Map.of()).statusCode()).isEqualTo(404);
        assertThat(admin.submit("/admin/users/abc/password/", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theSettingRequiringTwoFactorIsSavedAndAudited() {
        assertThat(admin.page("/admin/settings/").select("#require_two_factor").hasAttr("checked")).isFalse();
        admin.submit("/admin/settings/", Map.of("require_two_factor", "on"));
        try {
            assertThat(site.app().stores().settings().value(AdminGuard.REQUIRE_TWO_FACTOR)).hasValue("true");
            assertThat(site.app().stores().audit().newest("settings.changed", "boss", null, 10)).isNotEmpty();
        } finally {
            site.app().content().saveSettings(java.util.Map.of(AdminGuard.REQUIRE_TWO_FACTOR, "false"));
        }
    }

    @Test
    void theAuditLogFiltersByEventAndUser() {
        new AdminClient(site).logIn("boss", "a wrong password");
        Document failures = admin.page("/admin/audit/?event=login.failed&user=boss");
        assertThat(failures.select("tbody tr")).isNotEmpty();
        assertThat(failures.select("tbody tr td:eq(1)").eachText()).containsOnly("login.failed");
        assertThat(failures.select("#event option[selected]").val()).isEqualTo("login.failed");
        Document logins = admin.page("/admin/audit/?event=login&user=Boss");
        assertThat(logins.select("tbody tr td:eq(2)").eachText()).isNotEmpty().containsOnly("boss");
        assertThat(admin.page("/admin/audit/?since=2999-01-01").select("tbody tr")).isEmpty();
        assertThat(admin.page("/admin/audit/?since=nonsense").select("tbody tr")).isNotEmpty();
    }
}
