package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.testing.AdminClient;
import org.tidings.testing.LocationHost;
import org.tidings.testing.RawHttp;
import org.tidings.testing.RunningSite;

/**
 * No redirect of ours leads off the site, however the path is spelled: canonical paths (case,
 * trailing slash), old feed paths, stored redirects (renamed terms, changed slugs, imported
 * sites), listing page 1, and the login's {@code next}. Every Location is read as a browser
 * reads it, and followed while it stays here, since one harmless-looking hop can chain into
 * another.
 */
class RedirectsStayOnSiteTest {
    private static final String HOST = "127.0.0.1";
    /** Ways of writing "another host" into a path that browsers or servers read as a separator. */
    private static final List<String> HOSTILE_STARTS = List.of("//Evil.example", "//EVIL.EXAMPLE", "/%2fEvil.example",
            "/%2FEvil.example", "/%5cEvil.example", "/%5CEvil.example", "/\\Evil.example", "/\\/Evil.example",
            "///Evil.example", "////Evil.example", "/%2f%2fEvil.example", "/%2F/Evil.example", "/%5c%5cEvil.example",
            "/%09/Evil.example", "/%0a/Evil.example", "/%0d%0a/Evil.example", "/%09//Evil.example",
            "/.%2e/%2fEvil.example", "/%2e%2e/%2fEvil.example", "/./%2fEvil.example", "/%2e/%2F%2FEvil.example",
            "/%252fEvil.example", "/%252F%252FEvil.example", "/%2f%5cEvil.example", "/\\%2fEvil.example",
            "//Evil.example:8080", "//user@Evil.example", "/http:%2f%2fEvil.example", "/https:\\\\Evil.example");
    private static RunningSite site;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        site = RunningSite.withDemo();
        http = RawHttp.to(site);
        var content = site.app().content();
        long category = site.app().stores().categories().bySlug("refugees").orElseThrow().id();
        content.terms().rename(Taxonomy.CATEGORY, category, "Refugee stories", "refugee-stories");
        // What a hostile or careless import could leave in the redirects table.
        var redirects = site.app().stores().redirects();
        site.app().stores().database().write(changes -> {
            redirects.add("/old-one/", "//Evil.example/landing/");
            redirects.add("/old-two/", "/\\Evil.example/");
            redirects.add("/old-three/", "https://evil.example/");
            redirects.add("/old-four/", "/%2f%2fEvil.example/");
            redirects.add("/old-five/", "\t//evil.example/");
            redirects.add("/old-six/", "/%2e%2e/%2fEvil.example/");
            changes.touched(org.tidings.content.ChangeKind.REDIRECTS);
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void canonicalPathRedirectsNeverLeaveTheSite() {
        List<String> targets = new ArrayList<>();
        for (String start : HOSTILE_STARTS) {
            targets.addAll(List.of(start, start + "/", start + "/Some/Path", start + "/some/path",
                    start + "/?q=1", start + "/Page/2/"));
        }
        int redirects = assertAllStayOnSite(targets);
        assertThat(redirects).as("the hostile paths are redirected, so their Location was looked at").isPositive();
    }

    @Test
    void theReportedRedirectsNowStayHere() {
        assertThat(http.get("//Evil.example/").header("Location")).hasValue("/evil.example/");
        assertThat(http.get("/%2fEvil.example").header("Location")).hasValue("/evil.example");
        assertThat(http.get("//EVIL.EXAMPLE/some/path").header("Location")).hasValue("/evil.example/some/path/");
    }

    @Test
    void oldFeedPathsNeverLeaveTheSite() {
        List<String> targets = new ArrayList<>();
        for (String ending : List.of("feed/rss2/", "feed/rss/", "feed/rdf/")) {
            targets.addAll(List.of("/" + ending, "//" + ending, "///" + ending, "/%2f" + ending, "/\\" + ending,
                    "//evil.example/" + ending, "/category/refugee-stories/" + ending,
                    "//category/refugee-stories/" + ending, "/category/%2f%2fevil.example/" + ending,
                    "/category/..%2f%2fevil.example/" + ending, "/tag/%5c%5cevil.example/" + ending));
        }
        assertThat(assertAllStayOnSite(targets)).isPositive();
    }

    @Test
    void storedRedirectsNeverLeaveTheSite() {
        List<String> targets = new ArrayList<>(List.of("/category/refugees/", "/category/refugees/page/2/",
                "//category/refugees/", "/Category/Refugees/"));
        for (String old : List.of("/old-one/", "/old-two/", "/old-three/", "/old-four/", "/old-five/", "/old-six/")) {
            targets.addAll(List.of(old, old + "page/2/", "/" + old, old.toUpperCase(), old.substring(0, old.length() - 1)));
        }
        assertThat(assertAllStayOnSite(targets)).isPositive();
        assertThat(http.get("/category/refugees/").header("Location")).hasValue("/category/refugee-stories/");
    }

    @Test
    void listingPageOneRedirectsNeverLeaveTheSite() {
        List<String> targets = new ArrayList<>();
        for (String start : List.of("", "/", "//", "/%2f", "/\\", "//evil.example")) {
            targets.addAll(List.of(start + "/page/1/", start + "/category/refugee-stories/page/1/", start + "/2024/page/1/"));
        }
        assertAllStayOnSite(targets);
        assertThat(http.get("/page/1/").header("Location")).hasValue("/");
    }

    @Test
    void theLoginGoesOnlyIntoTheAdminWhateverNextSays() {
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "nextuser", Role.EDITOR, AdminClient.PASSWORD);
        for (String next : List.of("/admin/%2e%2e/%2fEvil.example/", "/admin/%2E%2E/%2F%2FEvil.example",
                "/admin/..%2f%2fEvil.example/", "/admin/.%2e/%5cEvil.example", "/admin/../\\Evil.example",
                "/admin/..\\/Evil.example", "/admin/%2e%2e%2f%2e%2e%2f%2fEvil.example", "/admin/%252e%252e/%252fEvil.example",
                "/admin/\t/../..//Evil.example", "/admin/%09/..%2f..%2f%2fEvil.example", "//Evil.example/admin/",
                "/\\Evil.example/admin/", "https://Evil.example/admin/", "/admin/..;/..;//Evil.example",
                "/admin/posts/%2e%2e/%2e%2e/%2e%2e/%2fEvil.example/")) {
            AdminClient browser = new AdminClient(site);
            String token = AdminClient.csrfOf(browser.page("/admin/login/?next=" + encode(next)));
            HttpResponse<String> answer = browser.post("/admin/login/", Map.of("csrf", token, "username", "nextuser",
                    "password", AdminClient.PASSWORD, "next", next));
            assertThat(answer.statusCode()).as(next).isEqualTo(303);
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertThat(LocationHost.of(location, HOST)).as(next + " -> " + location).isEqualTo(HOST);
            assertThat(LocationHost.browserPath(location)).as(next + " -> " + location).startsWith("/admin/");
            followOnSite(location, next);
        }
    }

    @Test
    void theLoginFormCarriesOnlyAnAdminNext() {
        String page = new AdminClient(site).get("/admin/login/?next=" + encode("/admin/%2e%2e/%2fEvil.example/")).body();
        assertThat(Jsoup.parse(page).select("input[name=next]").val()).isIn("", "/admin/");
    }

    /** Asks for each target and follows its redirects while they stay here; returns how many redirects were seen. */
    private static int assertAllStayOnSite(List<String> targets) {
        int redirects = 0;
        for (String target : targets) {
            redirects += followOnSite(target, target);
        }
        return redirects;
    }

    private static int followOnSite(String target, String what) {
        String path = target;
        int hops = 0;
        for (; hops < 6; hops++) {
            RawHttp.Response answer = http.get(path);
            Optional<String> location = answer.header("Location");
            if (answer.status() < 300 || answer.status() > 399 || location.isEmpty()) {
                return hops;
            }
            assertThat(LocationHost.of(location.get(), HOST)).as(what + " answered " + answer.status()
                    + " with Location " + location.get()).isEqualTo(HOST);
            path = LocationHost.browserPath(location.get());
        }
        throw new AssertionError(what + " redirects on and on, last to " + path);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
