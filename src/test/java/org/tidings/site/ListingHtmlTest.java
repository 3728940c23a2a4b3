package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidings.app.Templates;
import org.tidings.testing.TestDatabase;

/**
 * Every kind of archive drawn to HTML from a SQLite file alone, with no server and no request, as
 * a static export will draw it: heading, the posts of page N, links to the pages around it.
 */
class ListingHtmlTest {
    private static final Site SITE = new Site("Test site", "", "https://news.example", ZoneOffset.UTC);
    private static TestDatabase database;
    private static Archives archives;
    private static ListingPages pages;
    private static final ListingHtml HTML = new ListingHtml(new Templates());

    /** Twelve stories in March 2026 that every archive below lists, and one other story a year before. */
    @BeforeAll
    static void fillTheDatabase() {
        database = TestDatabase.create();
        database.content().terms().findOrCreateCategory("Refugees", null, "Life after escape.");
        database.content().terms().findOrCreateCategory("Resettlement", "Refugees", "");
        for (int i = 1; i <= 12; i++) {
            publish(database.content(), "Story " + i, day(2026, 3, i), "Min-ji Park", "Harbour Daily", null,
                    List.of("Resettlement"), List.of("winter"));
        }
        publish(database.content(), "Other story", day(2025, 3, 1), "J. Han", "Northern Wire", null,
                List.of("Economy"), List.of());
        archives = new Archives(database.stores(), SITE);
        pages = new ListingPages(database.stores().posts());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CATEGORY | refugees      | /category/refugees/      | Category: Refugees
            TAG      | winter        | /tag/winter/             | Tag: winter
            AUTHOR   | min-ji-park   | /author/min-ji-park/     | Author: Min-ji Park
            SOURCE   | harbour-daily | /source/harbour-daily/   | Source: Harbour Daily
            YEAR     | 2026          | /2026/                   | Archive: 2026
            MONTH    | 2026/03       | /2026/03/                | Archive: March 2026
            """)
    void theSecondPageOfAnArchiveHoldsItsOldestPostsAndLinksBackToTheFirst(ListingKind kind, String key,
            String path, String heading) {
        Listing listing = archives.find(kind, key).orElseThrow();
        Document page = render(listing, 2);
        assertThat(page.select("main h1").text()).isEqualTo(heading);
        assertThat(page.title()).isEqualTo(heading + " – Page 2 – Test site");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example" + path + "page/2/");
        assertThat(titles(page)).containsExactly("Story 2", "Story 1");
        assertThat(page.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo(path);
        assertThat(page.select("nav.pagination a[rel=next]")).isEmpty();
        assertThat(page.select("nav.pagination span").text()).isEqualTo("Page 2 of 2");
        assertThat(pages.page(listing, 3)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HOME     | ''            | /
            CATEGORY | refugees      | /category/refugees/
            MONTH    | 2026/03       | /2026/03/
            """)
    void theFirstPageHoldsTheTenNewestPostsAndLinksOnToTheSecond(ListingKind kind, String key, String path) {
        Document page = render(archives.find(kind, key).orElseThrow(), 1);
        assertThat(titles(page)).hasSize(10).startsWith("Story 12", "Story 11").endsWith("Story 3");
        assertThat(page.select("nav.pagination a[rel=next]").attr("href")).isEqualTo(path + "page/2/");
        assertThat(page.select("nav.pagination a[rel=prev]")).isEmpty();
    }

    @Test
    void theHomePageListsEveryPostUnderTheSiteName() {
        Document second = render(archives.home(), 2);
        assertThat(titles(second)).containsExactly("Story 2", "Story 1", "Other story");
        assertThat(second.title()).isEqualTo("Test site – Page 2");
        assertThat(second.select("main h1").text()).isEqualTo("Latest posts");
    }

    @Test
    void aCategoryShowsItsIntroAndListsThePostsOfTheCategoriesBelowIt() {
        Document page = render(archives.find(ListingKind.CATEGORY, "refugees").orElseThrow(), 1);
        assertThat(page.select(".listing-header p").text()).isEqualTo("Life after escape.");
        assertThat(titles(render(archives.find(ListingKind.CATEGORY, "economy").orElseThrow(), 1)))
                .containsExactly("Other story");
    }

    @Test
    void anArchiveThatDoesNotExistIsNotFound() {
        assertThat(archives.find(ListingKind.TAG, "summer")).isEmpty();
        assertThat(archives.find(ListingKind.MONTH, "2026/13")).isEmpty();
        assertThat(archives.find(ListingKind.YEAR, "26")).isEmpty();
    }

    @Test
    void anEmptyArchiveHasOnePageThatSaysSo() {
        Listing empty = archives.find(ListingKind.YEAR, "1999").orElseThrow();
        Document page = render(empty, 1);
        assertThat(titles(page)).isEmpty();
        assertThat(page.select("main").text()).contains("No posts here yet.");
        assertThat(page.select("nav.pagination")).isEmpty();
    }

    private static Document render(Listing listing, int number) {
        ListingPage page = pages.page(listing, number).orElseThrow();
        return Jsoup.parse(HTML.render(page, SITE), SITE.absolute(page.path()));
    }

    private static List<String> titles(Document page) {
        return page.select("main article h2 a").eachText();
    }
}
