package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;

class SearchPageTest {
    private static RunningSite site;

    @BeforeAll
    static void startWithPosts() {
        site = RunningSite.start();
        ContentService content = site.app().content();
        content.terms().findOrCreateCategory("Refugees", null, "");
        content.terms().findOrCreateCategory("Resettlement", "Refugees", "");
        content.create(Posts.published("Refugee family reaches Seoul",
                "A refugee family crossed two borders before reaching the capital.", "Yonhap",
                List.of("Refugees"), Instant.parse("2023-03-10T08:00:00Z")), Actor.COMMAND_LINE);
        content.create(Posts.published("Mother flees across the river",
                "She flees at night with her son, guided by a broker.", "Reuters",
                List.of("Resettlement"), Instant.parse("2024-02-20T08:00:00Z")), Actor.COMMAND_LINE);
        content.create(Posts.published("탈북자 지원 센터 문을 열다",
                "서울에서 새 센터가 탈북자 가족을 돕는다. 그들은 국경을 넘어 도망쳤다.", "Yonhap",
                List.of("Refugees"), Instant.parse("2024-06-01T08:00:00Z")), Actor.COMMAND_LINE);
        content.create(Posts.published("Broker arrested near the border",
                "Police in China arrested a broker who helped North Korean refugees; 체포되었다 said the report.",
                "Daily NK", List.of("Human rights"), Instant.parse("2024-07-15T08:00:00Z")), Actor.COMMAND_LINE);
        content.create(Posts.published("Korean refugee writers meet",
                "Writers who left the North read from new books. The word North and the word Korean appear apart here.",
                "Reuters", List.of("Culture"), Instant.parse("2024-09-01T08:00:00Z")), Actor.COMMAND_LINE);
        content.create(Posts.published("Markets & <b>prices</b> in Hyesan",
                "Rice prices &lt;script&gt;alert(1)&lt;/script&gt; rose again, traders said.", "Daily NK",
                List.of("Economy"), Instant.parse("2024-10-01T08:00:00Z")), Actor.COMMAND_LINE);
        content.create(Posts.published("Long field report", "lorem ipsum dolor sit amet ".repeat(60)
                + "then the tundra thawed early " + "consectetur adipiscing elit ".repeat(60)), Actor.COMMAND_LINE);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document search(String query) {
        return site.page("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> titles(Document page) {
        return page.select("main article h2").eachText();
    }

    @Test
    void englishWordsFindTheirInflectedForms() {
        assertThat(titles(search("refugees"))).contains("Refugee family reaches Seoul");
        assertThat(titles(search("fleeing"))).containsExactly("Mother flees across the river");
    }

    @Test
    void koreanWordsFindTheirInflectedForms() {
        assertThat(titles(search("탈북자들"))).containsExactly("탈북자 지원 센터 문을 열다");
        assertThat(titles(search("도망치는"))).containsExactly("탈북자 지원 센터 문을 열다");
        assertThat(titles(search("체포"))).containsExactly("Broker arrested near the border");
    }

    @Test
    void aPhraseMatchesOnlyWordsTogether() {
        assertThat(titles(search("\"North Korean refugees\""))).containsExactly("Broker arrested near the border");
        assertThat(titles(search("North Korean"))).contains("Broker arrested near the border", "Korean refugee writers meet");
    }

    @Test
    void requiredAndExcludedWordsNarrowTheResults() {
        assertThat(titles(search("refugee -broker"))).contains("Refugee family reaches Seoul")
                .doesNotContain("Broker arrested near the border");
        assertThat(titles(search("refugee +writers"))).containsExactly("Korean refugee writers meet");
    }

    @Test
    void outletsAndCategoriesAreSearchedToo() {
        assertThat(titles(search("Yonhap"))).containsExactlyInAnyOrder("Refugee family reaches Seoul", "탈북자 지원 센터 문을 열다");
        assertThat(titles(search("economy"))).containsExactly("Markets & <b>prices</b> in Hyesan");
    }

    @Test
    void theCategoryFilterIncludesChildCategories() {
        Document page = site.page("/search/?q=refugee+family+flees+broker&category=refugees");
        assertThat(titles(page)).containsExactlyInAnyOrder("Refugee family reaches Seoul", "Mother flees across the river",
                "탈북자 지원 센터 문을 열다");
        assertThat(page.select("#search-category option[selected]").text()).isEqualTo("Refugees");
    }

    @Test
    void theOutletAndDateFiltersNarrowTheResults() {
        assertThat(titles(site.page("/search/?q=refugee+flees+broker&source=reuters")))
                .containsExactlyInAnyOrder("Mother flees across the river", "Korean refugee writers meet");
        assertThat(titles(site.page("/search/?q=refugee&from=2024-01-01&to=2024-07-15")))
                .containsExactlyInAnyOrder("탈북자 지원 센터 문을 열다", "Broker arrested near the border");
    }

    @Test
    void matchesAreMarkedAndEverythingElseEscaped() {
        Document page = search("prices");
        Element hit = page.selectFirst("main article");
        assertThat(hit.select("h2 a").text()).isEqualTo("Markets & <b>prices</b> in Hyesan");
        assertThat(hit.select("h2 a mark").eachText()).containsExactly("prices");
        assertThat(hit.select("h2 b, script, .snippet script")).isEmpty();
        assertThat(hit.select(".snippet").text()).contains("<script>alert(1)</script>");
        assertThat(hit.select(".snippet mark").eachText()).containsExactly("prices");
        assertThat(search("탈북자들").select(".snippet mark").eachText()).contains("탈북자");
    }

    @Test
    void aSnippetIsThePassageAroundTheMatchOfALongText() {
        Element snippet = search("tundra").selectFirst("main article .snippet");
        assertThat(snippet.select("mark").eachText()).containsExactly("tundra");
        assertThat(snippet.text()).startsWith("…").endsWith("…").contains("the tundra thawed early");
        assertThat(snippet.text().length()).isBetween(100, 260);
    }

    @Test
    void theResultsPageIsNotIndexedAndTheHeaderHasALabelledForm() {
        Document page = search("refugee");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(site.page("/search/").select("meta[name=robots]")).as("the empty form is an ordinary page").isEmpty();
        Element form = site.page("/").selectFirst("header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search/");
        assertThat(form.attr("method")).isEqualTo("get");
        String inputId = form.selectFirst("input[name=q]").id();
        assertThat(form.select("label[for=" + inputId + "]").text()).isEqualTo("Search this site");
    }

    @Test
    void searchPagesAreValidHtmlAndKeptOutOfCaches() {
        Map<String, String> pages = Map.of(
                "search-results", "/search/?q=refugee&category=refugees&from=2023-01-01",
                "search-korean", "/search/?q=" + URLEncoder.encode("탈북자들", StandardCharsets.UTF_8),
                "search-empty", "/search/",
                "search-notes", "/search/?q=%22(((+--&from=soon&source=nowhere&page=7");
        pages.forEach((name, path) -> {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("private, no-store");
            HtmlCheck.save(name, response.body());
        });
    }

    @Test
    void thePathWithoutSlashRedirectsKeepingTheQuery() {
        HttpResponse<String> response = site.get("/search?q=refugee");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/search/?q=refugee");
    }

    @Test
    void anEmptyQueryGetsAPolitePageWithTheForm() {
        Document page = site.page("/search/");
        assertThat(page.select("main form input[name=q]")).hasSize(1);
        assertThat(page.select(".search-note").text()).contains("Type one or more words");
        assertThat(page.select("main article")).isEmpty();
    }

    @Test
    void hugeAndNonsenseQueriesGetPolitePages() {
        for (String query : List.of("refugee ".repeat(700), "\"((( -- AND OR ~~~", "-refugee", "the", "+\"", "\\",
                "x".repeat(5000), "a1".repeat(2000), "𝔘".repeat(300))) {
            HttpResponse<String> response = site.get("/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("main form input[name=q]")).as(query).hasSize(1);
        }
        assertThat(search("refugee ".repeat(700)).select(".search-note").text()).contains("only its beginning");
        assertThat(search("\"((( -- AND OR ~~~").select(".search-note").text()).contains("no words to look for");
        assertThat(site.page("/search/?q=refugee&from=yesterday&category=nope").select(".search-note").text())
                .contains("not understood").contains("no category");
    }
}
