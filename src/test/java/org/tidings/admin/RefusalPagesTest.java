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
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** A refused admin request gets a page that says why and where to go, not a bare line of text. */
class RefusalPagesTest {
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document html(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        return Jsoup.parse(answer.body(), site.baseUrl());
    }

    @Test
    void aFormWithoutItsTokenSaysToReloadAndLinksToTheDashboard() {
        AdminClient client = AdminClient.loggedIn(site, "hana", Role.CONTRIBUTOR);
        HttpResponse<String> answer = client.post("/admin/account/password/", Map.of("current", AdminClient.PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(403);
        Document page = html(answer);
        HtmlCheck.save("admin-refused-403", page.outerHtml());
        assertThat(page.select("h1").text()).isEqualTo("Not allowed");
        assertThat(page.select("main .error").text()).contains("reload the page and try again");
        assertThat(page.select("main a").attr("href")).isEqualTo("/admin/");
    }

    @Test
    void aContributorOnAnEditorsScreenIsToldItsRole() {
        AdminClient client = AdminClient.loggedIn(site, "ivan", Role.CONTRIBUTOR);
        HttpResponse<String> answer = client.get("/admin/categories/");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(html(answer).select("main .error").text()).isEqualTo("Your role (contributor) does not allow this.");
    }

    @Test
    void aFormSentAfterLoggingOutIsRefusedWithTheSamePage() {
        AdminClient client = AdminClient.loggedIn(site, "jun", Role.CONTRIBUTOR);
        String token = client.csrfToken();
        client.post("/admin/logout/", Map.of("csrf", token));
        HttpResponse<String> answer = client.post("/admin/logout/", Map.of("csrf", token));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(html(answer).select("h1").text()).isEqualTo("Not allowed");
    }
}
