package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.json.Json;
import org.tidings.content.ContentService;
import org.tidings.testing.RunningSite;

/**
 * For every archive kind, its page and its feed, both over HTTP, name it alike and list the same
 * posts in the same order: they come from one definition of the archive.
 */
class ListingFeedAgreementTest {
    private static RunningSite site;

    /** Twelve posts each archive lists (two pages), some others that only the home page lists, and a draft. */
    @BeforeAll
    static void start() {
        site = RunningSite.start();
        ContentService content = site.app().content();
        site.app().content().terms().findOrCreateCategory("Refugees", null, "");
        site.app().content().terms().findOrCreateCategory("Resettlement", "Refugees", "");
        for (int i = 1; i <= 12; i++) {
            publish(content, "Story " + i, day(2026, 3, i), "Min-ji Park", "Harbour Daily", null,
                    List.of(i % 2 == 0 ? "Resettlement" : "Refugees"), List.of("winter"));
            publish(content, "Elsewhere " + i, day(2026, 2, i), "J. Han", "Northern Wire", null,
                    List.of("Economy"), List.of("trade"));
        }
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/category/refugees/", "/tag/winter/", "/author/min-ji-park/", "/source/harbour-daily/"})
    void pageAndFeedAgreeOnTitleDescriptionAndPosts(String path) {
        Document first = site.page(path);
        Map<String, Object> feed = new Json().toType(site.get(path + "feed/json/").body(), Json.MAP_TYPE);
        String ownFeedTitle = first.select("head link[rel=alternate][href$='" + path + "feed/json/']").last().attr("title");
        assertThat(feed.get("title") + " (JSON Feed)").isEqualTo(ownFeedTitle);
        // The home page would add the site's tagline to its title; this site has none.
        assertThat(feed.get("title")).isEqualTo(first.title());
        assertThat(feed.get("description")).isEqualTo(first.select("meta[name=description]").attr("content"));
        List<String> pagePosts = new ArrayList<>(first.select("main article h2 a").eachAttr("abs:href"));
        pagePosts.addAll(site.page(path + "page/2/").select("main article h2 a").eachAttr("abs:href"));
        List<String> feedPosts = items(feed).stream().map(item -> (String) item.get("url")).toList();
        assertThat(feedPosts).isEqualTo(pagePosts.subList(0, Math.min(pagePosts.size(), Feeds.SIZE)));
        assertThat(feedPosts).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/2026/", "/2026/03/"})
    void dateArchivesHaveNoFeedsOfTheirOwn(String path) {
        assertThat(site.page(path).select("head link[rel=alternate]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).isIn(site.baseUrl() + "/feed/", site.baseUrl() + "/feed/atom/",
                        site.baseUrl() + "/feed/json/"));
        assertThat(site.get(path + "feed/").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/2026/", "/2026/03/"})
    void dateArchivesPageThroughAllTheirPostsByTheirOlderLinks(String path) {
        List<String> seen = new ArrayList<>();
        String next = site.baseUrl() + path;
        for (int pages = 0; next != null && pages < 5; pages++) {
            Document page = site.page(next.substring(site.baseUrl().length()));
            seen.addAll(page.select("main article h2").eachText());
            var older = page.selectFirst("a[rel=next]");
            next = older == null ? null : older.absUrl("href");
        }
        int expected = path.equals("/2026/") ? 24 : 12;
        assertThat(seen).hasSize(expected).doesNotHaveDuplicates();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> feed) {
        return (List<Map<String, Object>>) feed.get("items");
    }
}
