package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;

/** Who may open and change what under /admin, checked on the server for every route. */
class AccessControlTest {
    /** Every admin page any logged-in user may open, with its minimum role. */
    private static final Map<String, Role> PAGES = Map.of(
            "/admin/", Role.CONTRIBUTOR,
            "/admin/account/", Role.CONTRIBUTOR,
            "/admin/account/password/", Role.CONTRIBUTOR);
    /** Every state-changing admin route. */
    private static final List<String> ACTIONS = List.of("/admin/logout/", "/admin/account/password/");
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
    void withoutALoginEveryPageSendsToTheLoginForm() {
        AdminClient anonymous = new AdminClient(site);
        for (String path : PAGES.keySet()) {
            HttpResponse<String> answer = anonymous.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).startsWith("/admin/login/?next=");
        }
    }

    @Test
    void withoutALoginEveryActionIsRefusedEvenWithALoginFormToken() {
        AdminClient anonymous = new AdminClient(site);
        String token = AdminClient.csrfOf(anonymous.page("/admin/login/"));
        for (String path : ACTIONS) {
            assertThat(anonymous.post(path, Map.of()).statusCode()).as(path).isEqualTo(403);
            assertThat(anonymous.post(path, Map.of("csrf", token)).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void unknownAdminPathsNeedALoginToo() {
        assertThat(new AdminClient(site).get("/admin/no-such-screen/").statusCode()).isEqualTo(303);
    }

    @Test
    void eachRoleOpensExactlyThePagesItsRoleAllows() {
        for (Role role : Role.values()) {
            AdminClient client = AdminClient.loggedIn(site, "pages-" + role.db(), role);
            for (var page : PAGES.entrySet()) {
                int expected = role.atLeast(page.getValue()) ? 200 : 403;
                assertThat(client.get(page.getKey()).statusCode()).as(role + " " + page.getKey()).isEqualTo(expected);
            }
        }
    }

    @Test
    void adminPagesAreNeverCached() {
        AdminClient client = AdminClient.loggedIn(site, "cache", Role.EDITOR);
        assertThat(client.get("/admin/").headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new AdminClient(site).get("/admin/login/").headers().firstValue("Cache-Control")).hasValue("no-store");
    }
}
