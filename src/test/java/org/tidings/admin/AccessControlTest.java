package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;

/** Who may open and change what under /admin, checked on the server for every route. */
class AccessControlTest {
    /** Every admin page any logged-in user may open, with its minimum role. */
    private static final Map<String, Role> PAGES = Map.of(
            "/admin/", Role.CONTRIBUTOR,
            "/admin/account/", Role.CONTRIBUTOR,
            "/admin/account/password/", Role.CONTRIBUTOR,
            "/admin/account/two-factor/", Role.CONTRIBUTOR,
            "/admin/users/", Role.ADMIN,
            "/admin/settings/", Role.ADMIN,
            "/admin/audit/", Role.ADMIN);
    /** Every state-changing admin route, with its minimum role ({@code {id}}: another account). */
    private static final Map<String, Role> ACTIONS = Map.ofEntries(
            Map.entry("/admin/logout/", Role.CONTRIBUTOR),
            Map.entry("/admin/account/password/", Role.CONTRIBUTOR),
            Map.entry("/admin/account/two-factor/", Role.CONTRIBUTOR),
            Map.entry("/admin/account/two-factor/recovery-codes/", Role.CONTRIBUTOR),
            Map.entry("/admin/account/two-factor/disable/", Role.CONTRIBUTOR),
            Map.entry("/admin/users/", Role.ADMIN),
            Map.entry("/admin/users/{id}/role/", Role.ADMIN),
            Map.entry("/admin/users/{id}/disable/", Role.ADMIN),
            Map.entry("/admin/users/{id}/enable/", Role.ADMIN),
            Map.entry("/admin/users/{id}/password/", Role.ADMIN),
            Map.entry("/admin/users/{id}/two-factor/reset/", Role.ADMIN),
            Map.entry("/admin/settings/", Role.ADMIN));
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
        for (String path : ACTIONS.keySet().stream().map(p -> p.replace("{id}", "1")).toList()) {
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
    void aLowerRoleCannotUseAdminActionsAndNothingChanges() {
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "victim", Role.EDITOR, AdminClient.PASSWORD);
        String victim = Long.toString(site.app().stores().users().byUsername("victim").orElseThrow().id());
        for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR)) {
            AdminClient client = AdminClient.loggedIn(site, "actions-" + role.db(), role);
            for (var action : ACTIONS.entrySet()) {
                if (role.atLeast(action.getValue())) {
                    continue;
                }
                String path = action.getKey().replace("{id}", victim);
                assertThat(client.submit(path, Map.of("role", "admin", "username", "sneaky")).statusCode())
                        .as(role + " " + path).isEqualTo(403);
            }
        }
        var after = site.app().stores().users().byUsername("victim").orElseThrow();
        assertThat(after.role()).isEqualTo(Role.EDITOR);
        assertThat(after.disabled()).isFalse();
        assertThat(after.mustChangePassword()).isFalse();
        assertThat(site.app().stores().users().byUsername("sneaky")).isEmpty();
        assertThat(site.app().stores().settings().value(AdminGuard.REQUIRE_TWO_FACTOR)).isEmpty();
    }

    @Test
    void theNavigationShowsEachRoleOnlyWhatItMayOpen() {
        for (Role role : Role.values()) {
            AdminClient client = AdminClient.loggedIn(site, "nav-" + role.db(), role);
            List<String> links = client.page("/admin/").select("header nav a").eachAttr("href");
            for (String href : links) {
                assertThat(client.get(href).statusCode()).as(role + " " + href).isEqualTo(200);
            }
            List<String> adminOnly = List.of("/admin/users/", "/admin/settings/", "/admin/audit/");
            if (role == Role.ADMIN) {
                assertThat(links).containsAll(adminOnly);
            } else {
                assertThat(links).as(role.db()).doesNotContainAnyElementsOf(adminOnly);
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
