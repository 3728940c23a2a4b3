package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.app.ServerConfig;
import org.tidings.app.TidingsApp;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;

class LoginTest {
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "Alice", Role.EDITOR, AdminClient.PASSWORD);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void theLoginFormHasTheFieldsPasswordManagersExpect() {
        Document form = new AdminClient(site).page("/admin/login/");
        assertThat(form.select("form[method=post][action=/admin/login/] input[name=username]").attr("autocomplete"))
                .isEqualTo("username");
        assertThat(form.select("input[name=password]").attr("type")).isEqualTo("password");
        assertThat(form.select("input[name=password]").attr("autocomplete")).isEqualTo("current-password");
        assertThat(form.select("input[type=hidden][name=csrf]").val()).hasSizeGreaterThan(30);
    }

    @Test
    void aRightPasswordOpensTheDashboardWithAStrictHttpOnlyCookie() {
        AdminClient client = new AdminClient(site);
        HttpResponse<String> answer = client.logIn("alice", AdminClient.PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/admin/");
        String setCookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("tidings_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .containsIgnoringCase("Path=/admin").doesNotContainIgnoringCase("Secure");
        assertThat(client.page("/admin/").select("h1").text()).isEqualTo("Dashboard");
    }

    @Test
    void cookiesAreSecureWhenTheSiteIsServedOverHttps() throws Exception {
        Path data = Files.createTempDirectory("tidings-https");
        var config = new ServerConfig(data, "127.0.0.1", 0, "https://news.example", false);
        try (var app = TidingsApp.start(config.withDatabase(TestStore.of(data)))) {
            var request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/admin/login/")).build();
            var answer = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure")
                            .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        }
    }

    @Test
    void theSessionCookieIsOpaqueAndNotStoredAsIs() {
        AdminClient client = AdminClient.loggedIn(site, "opaque", Role.CONTRIBUTOR);
        String token = client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("tidings_session")).map(HttpCookie::getValue).findFirst().orElseThrow();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).doesNotContain("opaque");
        assertThat(site.app().stores().sessions().byTokenHash(token)).isEmpty();
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = new AdminClient(site).logIn("alice", "not the password at all");
        HttpResponse<String> unknownName = new AdminClient(site).logIn("nobody-here", "not the password at all");
        assertThat(wrongPassword.statusCode()).isEqualTo(401).isEqualTo(unknownName.statusCode());
        String error = Jsoup.parse(wrongPassword.body()).select(".error").text();
        assertThat(error).isEqualTo("Wrong username or password.");
        assertThat(Jsoup.parse(unknownName.body()).select(".error").text()).isEqualTo(error);
        assertThat(wrongPassword.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("tidings_session=x"));
    }

    @Test
    void aPasswordTypedIntoTheNameFieldIsNotKeptReadable() {
        String typed = "my secret passphrase 42";
        new AdminClient(site).logIn(typed, "alice");
        var stores = site.app().stores();
        assertThat(stores.audit().newest(null, null, null, 1000))
                .noneMatch(e -> (e.subject() + " " + e.actorName()).contains("passphrase"))
                .anyMatch(e -> e.event().equals("login.failed") && e.subject().equals("a name that is no account"));
        assertThat(stores.loginFailures().byKey("user:" + typed)).isEmpty();
    }

    @Test
    void aDisabledAccountCannotLogInAndLosesItsSessions() {
        AdminClient client = AdminClient.loggedIn(site, "leaver", Role.EDITOR);
        site.app().admin().accounts().setDisabled(Actor.COMMAND_LINE, "leaver", true);
        assertThat(client.get("/admin/").statusCode()).isEqualTo(303);
        HttpResponse<String> again = new AdminClient(site).logIn("leaver", AdminClient.PASSWORD);
        assertThat(Jsoup.parse(again.body()).select(".error").text()).isEqualTo("Wrong username or password.");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        AdminClient client = AdminClient.loggedIn(site, "bob", Role.CONTRIBUTOR);
        String token = client.csrfToken();
        HttpCookie stolen = client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("tidings_session")).findFirst().orElseThrow();
        HttpResponse<String> out = client.post("/admin/logout/", Map.of("csrf", token));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).hasValue("/admin/login/?logged-out");

        AdminClient thief = new AdminClient(site);
        thief.cookies().getCookieStore().add(URI.create(site.baseUrl() + "/admin/"), stolen);
        assertThat(thief.get("/admin/").statusCode()).isEqualTo(303);
    }

    @Test
    void afterLoginTheUserLandsWhereTheyWereGoing() {
        AdminClient client = new AdminClient(site);
        HttpResponse<String> bounced = client.get("/admin/account/");
        assertThat(bounced.headers().firstValue("Location")).hasValue("/admin/login/?next=%2Fadmin%2Faccount%2F");
        Document form = client.page("/admin/login/?next=%2Fadmin%2Faccount%2F");
        HttpResponse<String> in = client.post("/admin/login/", Map.of("csrf", AdminClient.csrfOf(form),
                "next", form.select("input[name=next]").val(), "username", "alice", "password", AdminClient.PASSWORD));
        assertThat(in.headers().firstValue("Location")).hasValue("/admin/account/");
    }

    @Test
    void nextNeverLeadsOffTheAdmin() {
        AdminClient client = new AdminClient(site);
        Document form = client.page("/admin/login/");
        HttpResponse<String> in = client.post("/admin/login/", Map.of("csrf", AdminClient.csrfOf(form),
                "next", "//evil.example/admin/", "username", "alice", "password", AdminClient.PASSWORD));
        assertThat(in.headers().firstValue("Location")).hasValue("/admin/");
    }
}
