package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.store.SettingStore;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RawHttp;
import org.tidings.testing.RunningSite;

/**
 * Login CSRF: someone who can plant a cookie (a sibling subdomain, a man in the middle of a
 * plain-HTTP visit) or post a form from their own site must not log an editor into the
 * attacker's account. The pre-login token is one the server signed, its cookie carries the
 * __Host- prefix over HTTPS, and every state-changing admin request that a browser marks as
 * coming from elsewhere is refused.
 */
class LoginCsrfTest {
    private static RunningSite plain;
    private static RunningSite https;

    @BeforeAll
    static void start() {
        plain = RunningSite.start();
        https = RunningSite.at("https://news.example", false);
        for (RunningSite site : List.of(plain, https)) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "attacker", Role.EDITOR, AdminClient.PASSWORD);
        }
    }

    @AfterAll
    static void stop() {
        plain.close();
        https.close();
    }

    /** The login form's cookie and field, as the server hands them to whoever asks (an attacker too). */
    private record FormToken(String cookieName, String cookieValue, String field) {
        String cookieHeader() {
            return cookieName + "=" + cookieValue;
        }
    }

    private static FormToken formToken(RunningSite site) {
        RawHttp.Response page = RawHttp.to(site).get("/admin/login/");
        HttpCookie cookie = HttpCookie.parse(page.header("Set-Cookie").orElseThrow()).getFirst();
        String field = Jsoup.parse(page.body()).selectFirst("input[name=csrf]").val();
        return new FormToken(cookie.getName(), cookie.getValue(), field);
    }

    private static RawHttp.Response logIn(RunningSite site, String cookieHeader, String token, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Cookie", cookieHeader);
        return RawHttp.to(site).post("/admin/login/", all,
                Map.of("csrf", token, "username", "attacker", "password", AdminClient.PASSWORD));
    }

    private static boolean startedASession(RawHttp.Response answer) {
        return answer.all("Set-Cookie").stream().anyMatch(c -> c.contains("tidings_session=") && !c.contains("Max-Age=0"));
    }

    private static String ownOrigin(RunningSite site) {
        return "http://127.0.0.1:" + site.app().port();
    }

    @Test
    void aPlantedCookieWithTheSameValueInTheFormIsRefused() {
        for (RunningSite site : List.of(plain, https)) {
            String cookieName = formToken(site).cookieName();
            String genuine = formToken(site).cookieValue();
            String forgedSignature = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "A".repeat(43);
            for (String planted : List.of("A".repeat(43), "x".repeat(100), forgedSignature)) {
                RawHttp.Response answer = logIn(site, cookieName + "=" + planted, planted, Map.of());
                assertThat(answer.status()).as(site.app().site().baseUrl() + " " + planted).isEqualTo(403);
                assertThat(startedASession(answer)).isFalse();
            }
        }
    }

    @Test
    void theServersOwnTokenLogsIn() {
        for (RunningSite site : List.of(plain, https)) {
            FormToken token = formToken(site);
            RawHttp.Response answer = logIn(site, token.cookieHeader(), token.field(), Map.of());
            assertThat(answer.status()).isEqualTo(303);
            assertThat(startedASession(answer)).isTrue();
        }
    }

    @Test
    void overHttpsTheCookiesCarryTheHostPrefixSoNoOtherHostCanSetThem() {
        FormToken token = formToken(https);
        assertThat(token.cookieName()).isEqualTo("__Host-tidings_login");
        RawHttp.Response answer = logIn(https, token.cookieHeader(), token.field(), Map.of());
        String session = answer.all("Set-Cookie").stream().filter(c -> c.startsWith("__Host-tidings_session="))
                .findFirst().orElseThrow();
        assertThat(session).contains("; Secure").containsIgnoringCase("Path=/;").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").doesNotContainIgnoringCase("Domain");
        String sessionCookie = session.substring(0, session.indexOf(';'));
        assertThat(RawHttp.to(https).get("/admin/", Map.of("Cookie", sessionCookie)).status()).isEqualTo(200);
        assertThat(RawHttp.to(https).get("/admin/", Map.of("Cookie", sessionCookie.replace("__Host-", ""))).status())
                .as("the unprefixed name, as a sibling subdomain could set it, is no session").isEqualTo(303);
        assertThat(formToken(plain).cookieName()).isEqualTo("tidings_login");
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefusedEvenWithAGoodToken() {
        List<Map<String, String>> foreign = List.of(Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "http://127.0.0.1.evil.example"), Map.of("Origin", "http://127.0.0.1:1"),
                Map.of("Origin", "null"), Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", ownOrigin(plain)),
                Map.of("Sec-Fetch-Site", "same-origin", "Origin", "https://evil.example"));
        for (Map<String, String> headers : foreign) {
            FormToken token = formToken(plain);
            RawHttp.Response answer = logIn(plain, token.cookieHeader(), token.field(), headers);
            assertThat(answer.status()).as(headers.toString()).isEqualTo(403);
            assertThat(startedASession(answer)).as(headers.toString()).isFalse();
        }
        FormToken token = formToken(https);
        assertThat(logIn(https, token.cookieHeader(), token.field(), Map.of("Origin", "http://news.example")).status())
                .as("the plain-HTTP twin of an HTTPS site is another origin").isEqualTo(403);
    }

    @Test
    void formsSentFromTheSiteItselfPass() {
        List<Map<String, String>> own = List.of(Map.of(), Map.of("Origin", ownOrigin(plain)),
                Map.of("Sec-Fetch-Site", "same-origin"), Map.of("Sec-Fetch-Site", "same-origin", "Origin", "null"),
                Map.of("Sec-Fetch-Site", "same-origin", "Origin", ownOrigin(plain)));
        for (Map<String, String> headers : own) {
            FormToken token = formToken(plain);
            assertThat(logIn(plain, token.cookieHeader(), token.field(), headers).status()).as(headers.toString())
                    .isEqualTo(303);
        }
        FormToken token = formToken(https);
        assertThat(logIn(https, token.cookieHeader(), token.field(), Map.of("Origin", "https://news.example")).status())
                .isEqualTo(303);
    }

    @Test
    void aChangeByALoggedInEditorSentFromAnotherSiteIsRefusedAndChangesNothing() {
        AdminClient client = AdminClient.loggedIn(plain, "victim", Role.ADMIN);
        String session = client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("tidings_session")).findFirst().orElseThrow().toString();
        String csrf = client.csrfToken();
        RawHttp http = RawHttp.to(plain);
        RawHttp.Response settings = http.post("/admin/settings/", Map.of("Cookie", session, "Origin", "https://evil.example"),
                Map.of("csrf", csrf, "site_title", "Hacked"));
        assertThat(settings.status()).isEqualTo(403);
        assertThat(plain.app().stores().settings().value(SettingStore.SITE_TITLE)).isNotEqualTo(Optional.of("Hacked"));
        RawHttp.Response logout = http.post("/admin/logout/", Map.of("Cookie", session, "Sec-Fetch-Site", "cross-site"),
                Map.of("csrf", csrf));
        assertThat(logout.status()).isEqualTo(403);
        assertThat(client.get("/admin/").statusCode()).as("still logged in").isEqualTo(200);
        assertThat(http.post("/admin/logout/", Map.of("Cookie", session, "Sec-Fetch-Site", "same-origin"),
                Map.of("csrf", csrf)).status()).isEqualTo(303);
    }

    @Test
    void adminPagesLetTheirOwnFormsSayWhereTheyComeFrom() {
        // With no-referrer, browsers send "Origin: null" even for a page's own forms.
        assertThat(RawHttp.to(plain).get("/admin/login/").header("Referrer-Policy")).hasValue("same-origin");
        assertThat(RawHttp.to(plain).get("/").header("Referrer-Policy")).hasValue("no-referrer");
    }
}
