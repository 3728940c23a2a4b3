package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PageInput;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.store.SettingStore;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** Editors arrange the site menu at /admin/menu/; every public page shows it in their order at once. */
class MenuAdminTest {
    private static final List<String> PUBLIC_PAGES = List.of("/", "/2026/11/02/defectors-arrive/",
            "/category/north-korean-refugee/", "/source/", "/about/", "/search/?q=x", "/no-such-page/");
    private static RunningSite site;
    private static AdminClient editor;
    private static long refugees;
    private static long reuters;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        ContentService content = site.app().content();
        publish(content, "Defectors arrive", day(2026, 11, 2), "Kim", "Reuters", "", List.of("North Korean refugee"),
                List.of());
        content.pages().create(new PageInput("About", "about", HtmlSanitizer.sanitize("<p>Us.</p>"), null, true, null,
                1, true, null));
        refugees = id(Taxonomy.CATEGORY, "North Korean refugee");
        reuters = id(Taxonomy.SOURCE, "Reuters");
        editor = AdminClient.loggedIn(site, "editor", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void anEditorArrangesTheMenuAndEveryPublicPageShowsItInThatOrder() {
        HtmlCheck.save("admin-menu-default", editor.get("/admin/menu/").body());
        Document screen = editor.page("/admin/menu/");
        assertThat(screen.select("ol.menu-items .name").eachText())
                .containsExactly("About", "Categories", "Outlets", "Archives");
        assertThat(screen.select("ol.menu-items button")).isEmpty();

        assertThat(editor.submit("/admin/menu/", Map.of("item", "category:" + refugees, "label", "")).statusCode())
                .isEqualTo(303);
        assertThat(editor.submit("/admin/menu/", Map.of("item", "source:" + reuters, "label", "Reuters news"))
                .statusCode()).isEqualTo(303);
        assertThat(editor.submit("/admin/menu/", Map.of("item", "link", "url", "https://example.org/donate",
                "label", "Donate")).statusCode()).isEqualTo(303);
        assertMenu("About", "Categories", "Outlets", "Archives", "North Korean refugee", "Reuters news", "Donate");

        HtmlCheck.save("admin-menu-arranged", editor.get("/admin/menu/").body());
        Document arranged = editor.page("/admin/menu/");
        String categories = itemId(arranged, "Categories");
        String donate = itemId(arranged, "Donate");
        editor.submit("/admin/menu/" + donate + "/move/", Map.of("direction", "up"));
        editor.submit("/admin/menu/" + categories + "/delete/", Map.of());
        assertMenu("About", "Outlets", "Archives", "North Korean refugee", "Donate", "Reuters news");
        assertThat(Jsoup.parse(site.get("/").body()).select("header nav.site-menu a").eachAttr("href"))
                .containsExactly("/about/", "/source/", "/archive/", "/category/north-korean-refugee/",
                        "https://example.org/donate", "/source/reuters/");

        site.app().content().terms().rename(Taxonomy.CATEGORY, refugees, "Refugees", "north-korean-refugee");
        assertThat(Jsoup.parse(site.get("/").body()).select("header nav.site-menu a").eachText())
                .contains("Refugees").doesNotContain("North Korean refugee");
    }

    @Test
    void aBadLinkIsRefusedWithAReasonAndNothingChanges() {
        List<String> before = menuOf("/");
        for (String url : List.of("javascript:alert(1)", "//evil.example/", "")) {
            HttpResponse<String> answer = editor.submit("/admin/menu/", Map.of("item", "link", "url", url,
                    "label", "Bad"));
            assertThat(answer.statusCode()).as(url).isEqualTo(422);
            Document page = Jsoup.parse(answer.body());
            assertThat(page.select("[role=alert]").text()).as(url).contains("A custom link needs an address");
            assertThat(page.select("#label").val()).isEqualTo("Bad");
        }
        assertThat(editor.submit("/admin/menu/", Map.of("item", "category:999999")).statusCode()).isEqualTo(422);
        assertThat(menuOf("/")).isEqualTo(before);
    }

    @Test
    void changesNeedTheCsrfTokenAndTheEditorRole() {
        List<String> before = menuOf("/");
        HttpResponse<String> noToken = editor.post("/admin/menu/", Map.of("item", "categories"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        AdminClient contributor = AdminClient.loggedIn(site, "writer", Role.CONTRIBUTOR);
        assertThat(contributor.get("/admin/menu/").statusCode()).isEqualTo(403);
        assertThat(contributor.submit("/admin/menu/", Map.of("item", "categories")).statusCode()).isEqualTo(403);
        assertThat(contributor.submit("/admin/menu/arrange/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(new AdminClient(site).get("/admin/menu/").statusCode()).isEqualTo(303);
        assertThat(menuOf("/")).isEqualTo(before);
    }

    @Test
    void onAKoreanSiteTheIndexLinksAreInKorean() {
        ContentService content = site.app().content();
        content.saveSettings(Map.of(SettingStore.SITE_LANGUAGE, "ko"));
        try {
            Document home = site.page("/");
            HtmlCheck.save("home-ko-navigation", site.get("/").body());
            assertThat(home.select("footer nav.footer-links a").eachText()).startsWith("분류", "언론사");
            assertThat(site.page("/source/").select("main h1").text()).isEqualTo("언론사");
            assertThat(site.page("/source/").select(".archive-index .count").text()).isEqualTo("글 1개");
        } finally {
            content.saveSettings(Map.of(SettingStore.SITE_LANGUAGE, "en"));
        }
    }

    private static void assertMenu(String... names) {
        for (String path : PUBLIC_PAGES) {
            assertThat(menuOf(path)).as(path).containsExactly(names);
        }
    }

    private static List<String> menuOf(String path) {
        return Jsoup.parse(site.get(path).body()).select("header nav.site-menu a").eachText();
    }

    private static String itemId(Document screen, String name) {
        return screen.select("ol.menu-items li").stream().filter(li -> li.select(".name").text().equals(name))
                .findFirst().orElseThrow().id().substring("menu-item-".length());
    }

    private static long id(Taxonomy taxonomy, String name) {
        return site.app().stores().terms().all(taxonomy).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
