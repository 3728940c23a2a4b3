package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.net.URI;
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
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** Every public page type over a real server and SQLite file, read as a reader's browser would. */
class PublicPagesTest {
    private static RunningSite site;

    /** One URL of each page type, with the name its HTML is checked under. */
    private static final Map<String, String> PAGE_TYPES = Map.ofEntries(
            Map.entry("home", "/"),
            Map.entry("home-page-2", "/page/2/"),
            Map.entry("post", "/2024/03/05/aid-reaches-border-town/"),
            Map.entry("post-undated", "/2024/01/10/a-post-whose-date-was-lost/"),
            Map.entry("category", "/category/refugees/"),
            Map.entry("category-child", "/category/resettlement/"),
            Map.entry("tag", "/tag/winter/"),
            Map.entry("author", "/author/min-ji-park/"),
            Map.entry("source", "/source/harbour-daily/"),
            Map.entry("year", "/2024/"),
            Map.entry("month", "/2024/03/"));

    @BeforeAll
    static void startSiteWithKnownPosts() {
        site = RunningSite.start();
        ContentService content = site.app().content();
        site.app().content().terms().findOrCreateCategory("Refugees", null, "Life after escape.");
        site.app().content().terms().findOrCreateCategory("Resettlement", "Refugees", "");
        publish(content, "Aid reaches border town", day(2024, 3, 5), "Min-ji Park", "Harbour Daily",
                "https://harbour-daily.example/aid", List.of("Refugees"), List.of("winter", "aid"));
        publish(content, "New classes for arrivals", day(2024, 3, 20), "J. Han", "Northern Wire", null,
                List.of("Resettlement"), List.of("winter"));
        content.create(new PostInput("A post whose date was lost", "",
                HtmlSanitizer.sanitize("<p>Imported without a date.</p>"), null, "",
                        new Publication(PostStatus.PUBLISHED, day(2024, 1, 10), true), null, "Harbour Daily", null,
                                List.of(), List.of(), null), Actor.COMMAND_LINE);
        content.create(new PostInput("An unfinished draft", "", HtmlSanitizer.sanitize("<p>Not for readers.</p>"),
                null, "", new Publication(PostStatus.DRAFT, day(2024, 3, 6), false), "Min-ji Park", null, null,
                        List.of("Refugees"), List.of(), null), Actor.COMMAND_LINE);
        for (int i = 1; i <= 22; i++) {
            publish(content, "Filler story " + i, day(2023, 6, i), "Editorial desk", "Border Radio", null,
                    List.of("Economy"), List.of());
        }
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void homeShowsTenPostsNewestFirstEachInItsOwnArticle() {
        Document home = site.page("/");
        List<String> titles = home.select("main article h2 a").eachText();
        assertThat(titles).hasSize(10);
        assertThat(titles.subList(0, 3))
                .containsExactly("New classes for arrivals", "Aid reaches border town", "A post whose date was lost");
        assertThat(home.select("main article")).hasSize(10);
        assertThat(home.select("nav.pagination a[rel=next]").attr("href")).isEqualTo("/page/2/");
        assertThat(home.select("nav.pagination a[rel=prev]")).isEmpty();
    }

    @Test
    void paginationRunsToTheLastPageAndNoFurther() {
        Document last = site.page("/page/3/");
        assertThat(last.select("main article")).hasSize(5);
        assertThat(last.select("nav.pagination a[rel=next]")).isEmpty();
        assertThat(last.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/page/2/");
        assertThat(site.get("/page/4/").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/0/").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/two/").statusCode()).isEqualTo(404);
        assertRedirect("/page/1/", "/");
        assertRedirect("/category/refugees/page/1/", "/category/refugees/");
    }

    @Test
    void postPageShowsTitleBylineBodySourceAndTaxonomies() {
        Document page = site.page("/2024/03/05/aid-reaches-border-town/");
        Element article = page.selectFirst("main article");
        assertThat(article.select("h1").text()).isEqualTo("Aid reaches border town");
        assertThat(article.select(".byline").text()).isEqualTo("Posted on 5 March 2024 by Min-ji Park");
        assertThat(article.select(".byline time").attr("datetime")).startsWith("2024-03-05");
        assertThat(article.select(".byline a[rel=author]").attr("href")).isEqualTo("/author/min-ji-park/");
        assertThat(article.select(".byline a.date").attr("href")).isEqualTo("/2024/03/05/");
        assertThat(article.select(".entry").text()).isEqualTo("Body of Aid reaches border town.");
        assertThat(article.select(".source").text()).isEqualTo("[Harbour Daily]");
        Element original = article.selectFirst(".source a");
        assertThat(original.attr("href")).isEqualTo("https://harbour-daily.example/aid");
        assertThat(original.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(article.select(".meta a[href^=/category/]").eachText()).containsExactly("Refugees");
        assertThat(article.select(".meta a[href^=/tag/]").eachText()).containsExactlyInAnyOrder("winter", "aid");
        assertThat(page.title()).isEqualTo("Aid reaches border town – Tidings");
    }

    @Test
    void sourceLineIsPlainTextWhenTheOriginalIsUnknown() {
        Element article = site.page("/2024/03/20/new-classes-for-arrivals/").selectFirst("main article");
        assertThat(article.select(".source").text()).isEqualTo("[Northern Wire]");
        assertThat(article.select(".source a")).isEmpty();
    }

    @Test
    void missingDateAndAuthorAreLeftOutOfTheByline() {
        Element article = site.page("/2024/01/10/a-post-whose-date-was-lost/").selectFirst("main article");
        assertThat(article.select(".byline")).isEmpty();
        assertThat(article.select("time")).isEmpty();
        assertThat(article.select(".source").text()).isEqualTo("[Harbour Daily]");
    }

    @Test
    void postUnderAWrongDateRedirectsAndDraftsAreNotPublic() {
        assertRedirect("/2020/01/01/aid-reaches-border-town/", "/2024/03/05/aid-reaches-border-town/");
        assertThat(site.get("/2024/03/06/an-unfinished-draft/").statusCode()).isEqualTo(404);
        assertThat(site.page("/category/refugees/").text()).doesNotContain("An unfinished draft");
    }

    @Test
    void categoryPageIncludesChildCategories() {
        Document parent = site.page("/category/refugees/");
        assertThat(parent.select("main h1").text()).isEqualTo("Category: Refugees");
        assertThat(parent.select("main article h2").eachText())
                .containsExactly("New classes for arrivals", "Aid reaches border town");
        assertThat(parent.title()).isEqualTo("Category: Refugees – Tidings");
        assertThat(site.page("/category/resettlement/").select("main article h2").eachText())
                .containsExactly("New classes for arrivals");
    }

    @Test
    void tagAuthorAndSourceArchivesListTheirPosts() {
        assertThat(site.page("/tag/winter/").select("main article h2").eachText())
                .containsExactly("New classes for arrivals", "Aid reaches border town");
        assertThat(site.page("/author/min-ji-park/").select("main article h2").eachText())
                .containsExactly("Aid reaches border town");
        Document source = site.page("/source/harbour-daily/");
        assertThat(source.select("main h1").text()).isEqualTo("Source: Harbour Daily");
        assertThat(source.select("main article h2").eachText())
                .containsExactly("Aid reaches border town", "A post whose date was lost");
    }

    @Test
    void dateArchivesListPostsOfTheirYearOrMonth() {
        assertThat(site.page("/2024/03/").select("main article h2").eachText())
                .containsExactly("New classes for arrivals", "Aid reaches border town");
        assertThat(site.page("/2024/03/").select("main h1").text()).isEqualTo("Archive: March 2024");
        assertThat(site.page("/2024/").select("main article")).hasSize(3);
        assertThat(site.page("/2023/").select("main article")).hasSize(10);
        assertThat(site.page("/2023/page/3/").select("main article")).hasSize(2);
        assertThat(site.get("/2024/13/").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownAddressesAnswerARealNotFoundPage() {
        for (String path : List.of("/no-such-page/", "/category/nothing/", "/tag/nothing/", "/author/nobody/",
                "/source/nowhere/", "/2024/03/05/no-such-post/", "/category/refugees/page/9/")) {
            var response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
        }
        HtmlCheck.save("not-found", site.get("/no-such-page/").body());
    }

    @Test
    void nonCanonicalAddressesRedirectPermanently() {
        assertRedirect("/category/refugees", "/category/refugees/");
        assertRedirect("/Category/Refugees/", "/category/refugees/");
        assertRedirect("/TAG/Winter", "/tag/winter/");
        assertRedirect("/2024/03?x=1", "/2024/03/?x=1");
    }

    @Test
    void everyPageTypeHasItsOwnHeadAndNoBrokenOrForeignReferences() {
        java.util.Set<String> titles = new java.util.HashSet<>();
        PAGE_TYPES.forEach((name, path) -> {
            var response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            HtmlCheck.save(name, response.body());
            Document page = Jsoup.parse(response.body(), site.baseUrl() + path);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(titles.add(page.title())).as("title of %s is unique: %s", path, page.title()).isTrue();
            assertThat(page.select("meta[name=description]").attr("content")).as(path).isNotBlank();
            assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(site.baseUrl() + path);
            assertThat(page.text()).as(path).doesNotContain("Posted on by").doesNotContain("Posted on  by");
            assertThat(page.select("a")).allSatisfy(a -> assertThat(a.attr("href")).as(path).isNotBlank());
            assertNoForeignResources(page, path);
        });
    }

    /** Nothing a page loads comes from another host; only links to original articles may leave the site. */
    private static void assertNoForeignResources(Document page, String path) {
        String ourHost = URI.create(site.baseUrl()).getHost();
        for (Element element : page.select("[src], link[href], [srcset], [poster], [data], form[action]")) {
            for (String attribute : List.of("src", "href", "poster", "data", "action")) {
                String url = element.absUrl(attribute);
                if (!url.isEmpty()) {
                    assertThat(URI.create(url).getHost()).as("%s on %s", element, path).isEqualTo(ourHost);
                }
            }
        }
        for (Element link : page.select("a[href]")) {
            String host = URI.create(link.absUrl("href")).getHost();
            if (!ourHost.equals(host)) {
                assertThat(link.closest(".source, .entry")).as("outbound %s on %s", link, path).isNotNull();
                assertThat(link.attr("rel")).contains("noopener").contains("noreferrer");
            }
        }
    }

    @Test
    void everyResourceAPageLoadsAnswersWithItsType() {
        Document home = site.page("/");
        Map<String, String> types = Map.of("stylesheet", "text/css", "icon", "image/svg+xml");
        for (Element link : home.select("head link[rel=stylesheet], head link[rel=icon]")) {
            var response = site.get(link.attr("href"));
            assertThat(response.statusCode()).as(link.attr("href")).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(link.attr("href")).startsWith(types.get(link.attr("rel")));
        }
        assertThat(home.select("head link[rel=stylesheet]")).hasSize(1);
    }

    @Test
    void anEmptySiteSaysSoOnItsHomePage() {
        try (RunningSite empty = RunningSite.start()) {
            assertThat(empty.page("/").select("main").text()).contains("No posts here yet");
        }
    }

    private static void assertRedirect(String from, String to) {
        var response = site.get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(from)
                .isIn(to, site.baseUrl() + to);
    }
}
