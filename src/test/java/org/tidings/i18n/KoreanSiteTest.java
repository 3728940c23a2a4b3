package org.tidings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.Post;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.site.Urls;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/**
 * A site switched to Korean in Settings, seen over HTTP as readers and editors see it: Korean
 * words, dates and bylines, {@code lang} attributes where a post's language differs from the
 * page's, whole Korean words marked in search results; and an English site without any of it.
 */
class KoreanSiteTest {
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Instant DECEMBER_FIRST = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void aKoreanSiteSpeaksKoreanAndAnEnglishOneDoesNot() {
        try (RunningSite site = RunningSite.start()) {
            long korean = create(site, "탈북민 지원 센터가 문을 열었다",
                    "서울에서 탈북민을 돕는 새 지원 센터가 1일 문을 열었다. 여전히 많은 탈북민이 일자리를 찾고 있다.");
            long english = create(site, "Shelter opens in Seoul",
                    "A new centre helps defectors find work, its director said on Tuesday.");
            AdminClient admin = AdminClient.loggedIn(site, "root", Role.ADMIN);

            Document home = site.page("/");
            assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(home.select("body > header, body > footer").text()).doesNotContainPattern(HANGUL);
            assertThat(admin.page("/admin/").select("nav").text()).contains("Dashboard").doesNotContainPattern(HANGUL);
            assertThat(site.page(postPath(site, english)).select("time").text()).isEqualTo("1 December 2026");
            Element koreanHitOnEnglishSite = search(site, "탈북민").selectFirst("article.search-hit");
            assertThat(koreanHitOnEnglishSite.attr("lang")).isEqualTo("ko");

            HttpResponse<String> saved = admin.submit("/admin/settings/", settings("ko"));
            assertThat(saved.statusCode()).isEqualTo(303);

            Document post = site.page(postPath(site, korean));
            HtmlCheck.save("korean-post", post.outerHtml());
            assertThat(post.selectFirst("html").attr("lang")).isEqualTo("ko");
            assertThat(post.select("time").text()).isEqualTo("2026년 12월 1일");
            assertThat(post.select(".site-search button").text()).isEqualTo("검색");
            assertThat(site.page("/2026/12/").select("main h1").text()).isEqualTo("보관함: 2026년 12월");

            Document found = search(site, "탈북민");
            HtmlCheck.save("korean-search", found.outerHtml());
            assertThat(found.select("h1").text()).isEqualTo("검색");
            Element hit = found.selectFirst("article.search-hit");
            assertThat(hit.hasAttr("lang")).as("a Korean post on a Korean page needs no lang of its own").isFalse();
            assertThat(hit.select("mark").eachText()).contains("탈북민").doesNotContain("북민");
            assertThat(hit.select(".byline").text()).isEqualTo("2026년 12월 1일 · 글 Desk");
            Element englishHit = search(site, "shelter").selectFirst("article.search-hit");
            assertThat(englishHit.attr("lang")).isEqualTo("en");

            Document dashboard = admin.page("/admin/");
            HtmlCheck.save("korean-admin", dashboard.outerHtml());
            assertThat(dashboard.selectFirst("html").attr("lang")).isEqualTo("ko");
            assertThat(dashboard.select("nav").text()).contains("대시보드", "설정");
            assertThat(dashboard.select(".logout button").text()).isEqualTo("로그아웃");
            assertThat(admin.page("/admin/settings/").select("label[for=site_language]").text()).isEqualTo("사이트 언어");

            admin.submit("/admin/categories/", Map.of("name", "정치"));
            HttpResponse<String> taken = admin.submit("/admin/categories/", Map.of("name", "정치"));
            assertThat(taken.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(taken.body()).select("#new-name-problem").text())
                    .isEqualTo("“정치” 카테고리가 이미 있습니다.");

            admin.submit("/admin/settings/", settings("en"));
            assertThat(site.page("/").selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(site.page(postPath(site, korean)).select("time").text()).isEqualTo("1 December 2026");
        }
    }

    @Test
    void aPostsLanguageIsDetectedOnSaveUnlessTheEditorChoseOne() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient editor = AdminClient.loggedIn(site, "ed", Role.EDITOR);
            long detected = savedId(editor.submit("/admin/posts/new/",
                    form("북한 주민들의 겨울 준비", "여전히 많은 가정이 땔감을 구하지 못하고 있다.", "")));
            long chosen = savedId(editor.submit("/admin/posts/new/",
                    form("북한 주민들의 겨울 준비 (English summary)", "여전히 많은 가정이", "en")));
            long english = savedId(editor.submit("/admin/posts/new/",
                    form("Winter in the North", "Many families still lack firewood, a trader said.", "")));
            assertThat(lang(site, detected)).isEqualTo("ko");
            assertThat(lang(site, chosen)).isEqualTo("en");
            assertThat(lang(site, english)).isEqualTo("en");
            assertThat(editor.page("/admin/posts/" + detected + "/").select("#lang option[selected]").text())
                    .isEqualTo("한국어");

            HttpResponse<String> refused = editor.submit("/admin/posts/new/", form("Bad", "Text.", "xx"));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("Choose one of the languages listed.");
        }
    }

    private static long create(RunningSite site, String title, String body) {
        return site.app().content().create(new PostInput(title, "", HtmlSanitizer.sanitize("<p>" + body + "</p>"),
                null, "", new Publication(PostStatus.PUBLISHED, DECEMBER_FIRST, false), "Desk", "", "", List.of(),
                List.of(), null), Actor.COMMAND_LINE);
    }

    private static String postPath(RunningSite site, long id) {
        return Urls.post(site.app().stores().posts().byId(id).orElseThrow(), ZoneOffset.UTC);
    }

    private static String lang(RunningSite site, long id) {
        return site.app().stores().posts().byId(id).map(Post::lang).orElseThrow();
    }

    private static Document search(RunningSite site, String words) {
        return site.page("/search/?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    private static Map<String, String> settings(String language) {
        return Map.of("site_title", "Tidings", "site_description", "", "site_language", language);
    }

    private static Map<String, String> form(String title, String body, String lang) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("body", body);
        form.put("format", "markdown");
        form.put("status", "draft");
        form.put("lang", lang);
        form.put("save", "1");
        return form;
    }

    private static long savedId(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll("^/admin/posts/(\\d+)/.*$", "$1"));
    }
}
