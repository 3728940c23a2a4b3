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
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.Page;
import org.tidings.content.PageInput;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/**
 * A simple page's language on an English site: detected from its text on save (from the editor
 * and from writers that do not say, such as imports), chosen in the page editor, and put on the
 * public page's lang attribute when it is not the site's.
 */
class PageLanguageTest {
    private static final String KOREAN_BODY = "우리는 탈북민 소식을 전하는 작은 편집실입니다.";
    private static RunningSite site;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "pager", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aKoreanPageOnAnEnglishSiteIsMarkedKorean() {
        HttpResponse<String> saved = editor.submit("/admin/pages/new/", form("소개", "about-ko", "", KOREAN_BODY));
        assertThat(saved.statusCode()).isEqualTo(303);

        Document page = site.page("/about-ko/");
        HtmlCheck.save("page-in-korean-on-english-site", page.outerHtml());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main article").attr("lang")).isEqualTo("ko");
        assertThat(page.select("main article .entry").text()).isEqualTo(KOREAN_BODY);
        assertThat(chosen(pageId("about-ko"))).as("the editor shows what was detected").isEqualTo("ko");
    }

    @Test
    void theLanguageChosenInTheEditorSticks() {
        editor.submit("/admin/pages/new/", form("Contact", "contact", "", "Write to us at the address below."));
        long id = pageId("contact");
        assertThat(site.page("/contact/").select("main article").hasAttr("lang"))
                .as("an English page on an English site needs no lang of its own").isFalse();
        assertThat(stored("contact").lang()).isEqualTo("en");

        HttpResponse<String> changed = editor.submit("/admin/pages/" + id + "/", form("Contact", "contact", "ko",
                "Write to us at the address below."));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(site.page("/contact/").select("main article").attr("lang")).isEqualTo("ko");
        assertThat(chosen(id)).isEqualTo("ko");

        editor.submit("/admin/pages/" + id + "/", form("Contact us", "contact", chosen(id),
                "Write to us at the address below."));
        assertThat(stored("contact").title()).isEqualTo("Contact us");
        assertThat(stored("contact").lang()).as("saving the form again keeps the choice").isEqualTo("ko");
    }

    @Test
    void anUnknownLanguageIsRefusedWithWhyAndTheTypedTextKept() {
        int before = site.app().stores().pages().all().size();
        HttpResponse<String> refused = editor.submit("/admin/pages/new/", form("Klingon", "klingon", "tlh",
                "Typed text"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select("#lang-problem").text()).isEqualTo("Choose one of the languages listed.");
        assertThat(form.select("textarea[name=body]").text()).isEqualTo("Typed text");
        assertThat(site.app().stores().pages().all()).hasSize(before);
    }

    @Test
    void aPageFromAWriterThatDoesNotSayItsLanguageGetsTheDetectedOne() {
        site.app().content().pages().create(new PageInput("오시는 길", "directions",
                HtmlSanitizer.sanitize("<p>서울역에서 걸어서 10분 거리입니다.</p>"), null, true, null, 0, false,
                "import:directions"));
        assertThat(stored("directions").lang()).isEqualTo("ko");
        assertThat(site.page("/directions/").select("main article").attr("lang")).isEqualTo("ko");
    }

    /** The language the page's edit form has selected ("" for "detect from the text"). */
    private static String chosen(long id) {
        return editor.page("/admin/pages/" + id + "/").select("select#lang option[selected]").attr("value");
    }

    private static Page stored(String slug) {
        return site.app().stores().pages().bySlug(slug).orElseThrow();
    }

    private static long pageId(String slug) {
        return stored(slug).id();
    }

    private static Map<String, String> form(String title, String slug, String lang, String body) {
        return new HashMap<>(Map.of("title", title, "slug", slug, "parent", "", "menu_order", "0",
                "status", "published", "body", body, "lang", lang));
    }
}
