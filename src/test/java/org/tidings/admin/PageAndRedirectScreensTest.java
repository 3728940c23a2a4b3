package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Page;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** The admin's Pages and Redirects screens over HTTP: editors use them, contributors and forged forms are refused. */
class PageAndRedirectScreensTest {
    private static RunningSite site;
    private static AdminClient editor;
    private static AdminClient contributor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "pager", Role.EDITOR);
        contributor = AdminClient.loggedIn(site, "writer", Role.CONTRIBUTOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void anEditorWritesAPageInMarkdownThatReadersSeeSanitizedAndInTheMenu() {
        HtmlCheck.save("admin-page-new", editor.page("/admin/pages/new/").outerHtml());
        HttpResponse<String> saved = editor.submit("/admin/pages/new/", form("Who we are", "", "", "2", true, true,
                "We are **a small newsroom**.\n\n<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).matches("/admin/pages/[0-9]+/\\?saved=1");
        Document edit = editor.page(saved.headers().firstValue("Location").orElseThrow());
        HtmlCheck.save("admin-page-edit", edit.outerHtml());
        assertThat(edit.select(".notice").text()).isEqualTo("Saved.");
        assertThat(edit.select("textarea[name=body]").text()).startsWith("We are **a small newsroom**.");

        Document page = site.page("/who-we-are/");
        assertThat(page.select("main .entry strong").text()).isEqualTo("a small newsroom");
        assertThat(page.html()).doesNotContain("<script>alert").doesNotContain("javascript:");
        assertThat(page.select("header nav[aria-label=Site] a").eachText()).contains("Who we are");
    }

    @Test
    void theListShowsPagesInMenuOrderUnderTheirParentsWithTheirStatus() {
        editor.submit("/admin/pages/new/", form("Second", "list-second", "", "20", true, true, "b"));
        editor.submit("/admin/pages/new/", form("First", "list-first", "", "10", true, false, "a"));
        long first = pageId("list-first");
        editor.submit("/admin/pages/new/", form("Child", "list-child", Long.toString(first), "0", false, true, "c"));
        Document list = editor.page("/admin/pages/");
        HtmlCheck.save("admin-pages", list.outerHtml());
        assertThat(list.select("td.title").eachText()).containsSubsequence("First", "\u2003Child", "Second");
        assertThat(list.select("#page-" + first + " td").get(1).text()).isEqualTo("Draft");
        assertThat(site.get("/list-first/").statusCode()).isEqualTo(404);
        assertThat(site.page("/list-child/").select("nav.breadcrumbs")).isEmpty();
    }

    @Test
    void aRefusedFormSaysWhyKeepsWhatWasTypedAndChangesNothing() {
        int before = site.app().stores().pages().all().size();
        HttpResponse<String> refused = editor.submit("/admin/pages/new/", form(" ", "", "", "first", true, true,
                "Typed text"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#title-problem").text()).isEqualTo("A page needs a title.");
        assertThat(page.select("#menu_order-problem").text()).contains("whole number");
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("Typed text");
        assertThat(site.app().stores().pages().all()).hasSize(before);

        editor.submit("/admin/pages/new/", form("Loop top", "loop-top", "", "0", false, true, "t"));
        long top = pageId("loop-top");
        editor.submit("/admin/pages/new/", form("Loop child", "loop-child", Long.toString(top), "0", false, true, "c"));
        HttpResponse<String> loop = editor.submit("/admin/pages/" + top + "/",
                form("Loop top", "loop-top", Long.toString(pageId("loop-child")), "0", false, true, "t"));
        assertThat(loop.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(loop.body()).select("#parent-problem").text()).contains("cannot be filed under itself");
        assertThat(site.app().stores().pages().byId(top).orElseThrow().parentId()).isNull();
    }

    @Test
    void deletingAsksFirstThenTheAddressGoes() {
        editor.submit("/admin/pages/new/", form("Short lived", "short-lived", "", "0", true, true, "x"));
        long id = pageId("short-lived");
        HttpResponse<String> question = editor.submit("/admin/pages/" + id + "/delete/", Map.of());
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(question.body()).select(".consequences").text()).contains("/short-lived/");
        assertThat(site.get("/short-lived/").statusCode()).isEqualTo(200);
        HttpResponse<String> deleted = editor.submit("/admin/pages/" + id + "/delete/", Map.of("confirm", "yes"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(site.get("/short-lived/").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutTheTokenOrAsAContributorNothingChanges() {
        int pages = site.app().stores().pages().all().size();
        Map<String, String> page = form("Forged", "forged", "", "0", true, true, "x");
        assertThat(editor.post("/admin/pages/new/", page).statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/redirects/", Map.of("from", "/forged/", "to", "/")).statusCode())
                .isEqualTo(403);
        assertThat(contributor.get("/admin/pages/").statusCode()).isEqualTo(403);
        assertThat(contributor.get("/admin/redirects/").statusCode()).isEqualTo(403);
        assertThat(contributor.submit("/admin/pages/new/", page).statusCode()).isEqualTo(403);
        assertThat(contributor.submit("/admin/redirects/", Map.of("from", "/forged/", "to", "/")).statusCode())
                .isEqualTo(403);
        assertThat(site.app().stores().pages().all()).hasSize(pages);
        assertThat(site.get("/forged/").statusCode()).isEqualTo(404);
        assertThat(editor.page("/admin/").select("nav[aria-label=Admin] a").eachText()).contains("Pages", "Redirects");
        assertThat(contributor.page("/admin/").select("nav[aria-label=Admin] a").eachText())
                .doesNotContain("Pages", "Redirects");
    }

    @Test
    void redirectsAreAddedListedAPageAtATimeAndDeleted() {
        assertThat(editor.submit("/admin/redirects/", Map.of("from", "/old-about/", "to", "/who-we-are/"))
                .statusCode()).isEqualTo(303);
        HttpResponse<String> answer = site.get("/old-about/");
        assertThat(answer.statusCode()).isEqualTo(301);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/who-we-are/");

        HttpResponse<String> refused = editor.submit("/admin/redirects/",
                Map.of("from", "/phish/", "to", "https://elsewhere.example/login"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#to-problem").text()).contains("path on this site");
        assertThat(page.select("input[name=from]").val()).isEqualTo("/phish/");
        assertThat(site.get("/phish/").statusCode()).isEqualTo(404);

        for (int i = 10; i < 65; i++) {
            site.app().content().redirects().add("/bulk-" + i + "/", "/");
        }
        Document first = editor.page("/admin/redirects/");
        HtmlCheck.save("admin-redirects", first.outerHtml());
        assertThat(first.select("table.redirect-list tbody tr")).hasSize(50);
        Document second = editor.page(first.select("a[rel=next]").attr("href"));
        assertThat(second.select("table.redirect-list tbody tr").size()).isGreaterThanOrEqualTo(6);

        assertThat(editor.submit("/admin/redirects/delete/", Map.of("from", "/old-about/")).statusCode())
                .isEqualTo(303);
        assertThat(site.get("/old-about/").statusCode()).isEqualTo(404);
    }

    private static long pageId(String slug) {
        return site.app().stores().pages().bySlug(slug).map(Page::id).orElseThrow();
    }

    private static Map<String, String> form(String title, String slug, String parent, String order, boolean inMenu,
            boolean published, String body) {
        Map<String, String> form = new HashMap<>(Map.of("title", title, "slug", slug, "parent", parent,
                "menu_order", order, "status", published ? "published" : "draft", "body", body));
        if (inMenu) {
            form.put("in_menu", "yes");
        }
        return form;
    }
}
