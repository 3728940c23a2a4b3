package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** The protective headers are on every kind of response, public and admin, good and bad. */
class SecurityHeadersTest {
    private static RunningSite site;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        site = RunningSite.withDemo();
        admin = AdminClient.loggedIn(site, "headers", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static void assertProtected(HttpResponse<String> response, String what) {
        var headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what).contains("frame-ancestors 'none'").contains("script-src 'self'")
                .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        // Admin pages tell only this site where a request came from, so their forms carry a real Origin.
        assertThat(headers.firstValue("Referrer-Policy")).as(what)
                .hasValue(response.uri().getPath().startsWith("/admin") ? "same-origin" : "no-referrer");
    }

    @Test
    void publicResponsesCarryTheHeaders() {
        for (String path : List.of("/", "/", "/category/refugees/", "/no-such-page/", "/assets/site.css", "/Category/")) {
            assertProtected(site.get(path), path);
        }
    }

    @Test
    void editorsAndTheAdminAreCutOffFromTheWindowThatOpenedThemReadersOfPublicPagesNeedNot() {
        assertThat(site.get("/").headers().firstValue("Cross-Origin-Opener-Policy")).as("anonymous reader").isEmpty();
        assertThat(admin.get("/").headers().firstValue("Cross-Origin-Opener-Policy")).as("logged-in editor")
                .hasValue("same-origin");
        assertThat(new AdminClient(site).get("/admin/login/").headers().firstValue("Cross-Origin-Opener-Policy"))
                .as("login form").hasValue("same-origin");
        assertThat(admin.get("/admin/").headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    }

    @Test
    void adminResponsesCarryTheHeadersToo() {
        assertProtected(new AdminClient(site).get("/admin/login/"), "login form");
        assertProtected(new AdminClient(site).get("/admin/"), "redirect to login");
        assertProtected(new AdminClient(site).post("/admin/logout/", Map.of()), "403 without token");
        for (String path : List.of("/admin/", "/admin/users/", "/admin/settings/", "/admin/audit/",
                "/admin/account/", "/admin/account/two-factor/", "/admin/account/password/")) {
            assertProtected(admin.get(path), path);
        }
        AdminClient contributor = AdminClient.loggedIn(site, "lowly", Role.CONTRIBUTOR);
        assertProtected(contributor.get("/admin/users/"), "403 for a role");
    }

    @Test
    void adminPagesNeedNoInlineScriptOrStyleAndLoadNothingFromElsewhere() {
        for (String path : List.of("/admin/", "/admin/users/", "/admin/settings/", "/admin/audit/",
                "/admin/account/", "/admin/account/two-factor/", "/admin/account/password/")) {
            HttpResponse<String> answer = admin.get(path);
            HtmlCheck.save("admin" + path, answer.body());
            Document page = Jsoup.parse(answer.body(), site.baseUrl() + path);
            assertThat(page.select("script, style, [style], [onclick], [onload], [onsubmit]")).as(path).isEmpty();
            for (String url : page.select("[src], link[href]").eachAttr("src")) {
                assertThat(url).as(path).startsWith("/");
            }
            assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).as(path).containsExactly("/assets/admin.css");
        }
        String loginPage = new AdminClient(site).get("/admin/login/").body();
        HtmlCheck.save("admin-login", loginPage);
        HtmlCheck.save("admin-users-created", admin.submit("/admin/users/", Map.of("username", "checked",
                "role", "editor")).body());
        Document login = Jsoup.parse(loginPage);
        assertThat(login.select("script, style, [style]")).isEmpty();
        assertThat(site.get("/assets/admin.css").statusCode()).isEqualTo(200);
    }
}
