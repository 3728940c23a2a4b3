package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;

class CsrfTest {
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aChangeWithoutTheTokenIsRefusedAndChangesNothing() {
        AdminClient client = AdminClient.loggedIn(site, "carol", Role.CONTRIBUTOR);
        HttpResponse<String> noToken = client.post("/admin/account/password/", Map.of("current", AdminClient.PASSWORD,
                "password", "a brand new passphrase", "confirm", "a brand new passphrase"));
        HttpResponse<String> wrongToken = client.post("/admin/account/password/", Map.of("csrf", "x".repeat(43),
                "current", AdminClient.PASSWORD, "password", "a brand new passphrase", "confirm",
                "a brand new passphrase"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(new AdminClient(site).logIn("carol", AdminClient.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void logoutWithoutTheTokenKeepsTheSession() {
        AdminClient client = AdminClient.loggedIn(site, "dave", Role.CONTRIBUTOR);
        assertThat(client.post("/admin/logout/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(client.get("/admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void oneSessionsTokenDoesNotWorkForAnother() {
        AdminClient first = AdminClient.loggedIn(site, "erin", Role.CONTRIBUTOR);
        AdminClient second = AdminClient.loggedIn(site, "frank", Role.CONTRIBUTOR);
        assertThat(second.post("/admin/logout/", Map.of("csrf", first.csrfToken())).statusCode()).isEqualTo(403);
        assertThat(second.get("/admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormNeedsItsTokenToo() {
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "gina", Role.EDITOR, AdminClient.PASSWORD);
        AdminClient client = new AdminClient(site);
        client.page("/admin/login/");
        HttpResponse<String> answer = client.post("/admin/login/", Map.of("username", "gina",
                "password", AdminClient.PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("tidings_session="));
    }
}
