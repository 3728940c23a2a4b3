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

/**
 * Walks every route registered under /admin (not a list kept by hand), so a screen added
 * tomorrow is checked too: no login, no token or a lower role never gets through.
 */
class EveryAdminRouteTest {
    private static RunningSite site;
    private static List<String[]> adminRoutes;

    @BeforeAll
    static void start() {
        site = RunningSite.withDemo();
        adminRoutes = site.app().routes().stream().map(r -> r.split(" ", 2))
                .filter(r -> r[1].startsWith("/admin") && !r[1].startsWith("/admin/login"))
                .map(r -> new String[] {r[0], r[1].replaceAll("\\{[^}]+}", "1").replaceAll("<[^>]+>", "1/")}).toList();
        assertThat(adminRoutes).hasSizeGreaterThan(10);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void withoutALoginNoAdminRouteAnswersAnythingButTheWayToLogIn() {
        AdminClient anonymous = new AdminClient(site);
        String loginToken = AdminClient.csrfOf(anonymous.page("/admin/login/"));
        for (String[] route : adminRoutes) {
            String what = route[0] + " " + route[1];
            if (route[0].equals("GET")) {
                HttpResponse<String> answer = anonymous.get(route[1]);
                assertThat(answer.statusCode()).as(what).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location").orElseThrow()).as(what).startsWith("/admin/login/");
            } else {
                // The editor's own form is kept to save after a new login (ExpiredSave): "log in", not "forbidden".
                int expected = route[1].matches("/admin/posts/1/|/admin/posts/new/") ? 401 : 403;
                assertThat(anonymous.post(route[1], Map.of()).statusCode()).as(what).isEqualTo(expected);
                assertThat(anonymous.post(route[1], Map.of("csrf", loginToken)).statusCode()).as(what).isEqualTo(401);
            }
        }
    }

    @Test
    void noStateChangingAdminRouteWorksWithoutTheToken() {
        AdminClient admin = AdminClient.loggedIn(site, "tokenless", Role.ADMIN);
        for (String[] route : adminRoutes) {
            if (!route[0].equals("GET")) {
                assertThat(admin.post(route[1], Map.of("title", "changed", "role", "contributor")).statusCode())
                        .as(route[0] + " " + route[1]).isEqualTo(403);
                assertThat(admin.post(route[1], Map.of("csrf", "forged-" + "x".repeat(40))).statusCode())
                        .as(route[0] + " " + route[1]).isEqualTo(403);
            }
        }
        assertThat(admin.get("/admin/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void aContributorNeverSeesAnAdminOnlyScreenAndNoRouteFailsOnIt() {
        AdminClient contributor = AdminClient.loggedIn(site, "walker", Role.CONTRIBUTOR);
        for (String[] route : adminRoutes) {
            if (route[0].equals("GET")) {
                int status = contributor.get(route[1]).statusCode();
                assertThat(status).as(route[1]).isIn(200, 303, 403, 404);
                if (route[1].startsWith("/admin/users") || route[1].startsWith("/admin/settings")
                        || route[1].startsWith("/admin/audit")) {
                    assertThat(status).as(route[1]).isEqualTo(403);
                }
            }
        }
    }
}
