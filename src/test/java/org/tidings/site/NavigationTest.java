package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PageInput;
import org.tidings.store.SettingStore;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/**
 * A reader finds their way: index pages of every archive with counts, the default menu, the
 * footer, breadcrumbs, dates linking to their day, older/newer and related posts, and any archive
 * or menu page within two links of the home page or a post.
 */
class NavigationTest {
    private static final String A = "/2026/11/02/defectors-arrive/";
    private static final String B = "/2026/11/02/border-closes/";
    private static final String C = "/2026/11/15/refugee-centre-opens/";
    private static RunningSite site;

    @BeforeAll
    static void startSiteWithPosts() {
        site = RunningSite.start();
        ContentService content = site.app().content();
        content.terms().findOrCreateCategory("North Korean refugee", "Korea", "");
        content.saveSettings(Map.of(SettingStore.SITE_DESCRIPTION, "News about North Korean refugees"));
        publish(content, "Old news", day(2025, 3, 1), "Lee", "Yonhap", "", List.of("Korea"), List.of());
        publish(content, "Markets fall", day(2026, 10, 5), "Kim", "Reuters", "", List.of("Economy"),
                List.of("markets"));
        publish(content, "Defectors arrive", day(2026, 11, 2), "Kim", "Yonhap", "",
                List.of("North Korean refugee", "Economy"), List.of("defectors"));
        publish(content, "Border closes", day(2026, 11, 2), "Kim", "Yonhap", "", List.of("North Korean refugee"),
                List.of());
        publish(content, "Refugee centre opens", day(2026, 11, 15), "Lee", "Reuters", "",
                List.of("North Korean refugee"), List.of());
        content.pages().create(new PageInput("About", "about", HtmlSanitizer.sanitize("<p>Who we are.</p>"), null,
                true, null, 1, true, null));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void eachIndexPageListsItsArchivesWithCountsAndLinks() {
        assertIndex("/category/", "Categories", List.of("Economy", "Korea", "North Korean refugee"),
                List.of("/category/economy/", "/category/korea/", "/category/north-korean-refugee/"),
                List.of("2 posts", "4 posts", "3 posts"));
        assertIndex("/source/", "Outlets", List.of("Reuters", "Yonhap"), List.of("/source/reuters/", "/source/yonhap/"),
                List.of("2 posts", "3 posts"));
        assertIndex("/author/", "Authors", List.of("Kim", "Lee"), List.of("/author/kim/", "/author/lee/"),
                List.of("3 posts", "2 posts"));
        assertIndex("/tag/", "Tags", List.of("defectors", "markets"), List.of("/tag/defectors/", "/tag/markets/"),
                List.of("1 post", "1 post"));
    }

    @Test
    void theDateIndexListsYearsAndMonthsNewestFirstLinkingToTheirArchives() {
        var response = site.get("/archive/");
        HtmlCheck.save("index-archive", response.body());
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("main h1").text()).isEqualTo("Archives");
        assertThat(page.select(".archive-index > li > a").eachText()).containsExactly("2026", "2025");
        assertThat(page.select(".archive-index > li > .count").eachText()).containsExactly("4 posts", "1 post");
        assertThat(page.select(".archive-index li li a").eachAttr("href"))
                .containsExactly("/2026/11/", "/2026/10/", "/2025/03/");
        assertThat(page.select(".archive-index li li").eachText())
                .containsExactly("November 3 posts", "October 1 post", "March 1 post");
        assertThat(site.page("/2026/11/").select("main article").size()).isEqualTo(3);
    }

    @Test
    void everyPublicPageHasTheDefaultMenuAndAFooterWithFeedsIndexesAndTagline() {
        for (String path : List.of("/", A, "/category/korea/", "/category/", "/about/", "/search/?q=x", "/nothing/")) {
            Document page = Jsoup.parse(site.get(path).body());
            assertThat(page.select("header nav.site-menu a").eachText()).as(path)
                    .containsExactly("About", "Categories", "Outlets", "Archives");
            assertThat(page.select("footer nav.footer-links a").eachAttr("href")).as(path)
                    .containsExactly("/category/", "/source/", "/tag/", "/author/", "/archive/",
                            "/feed/", "/feed/atom/", "/feed/json/");
            assertThat(page.select("footer .tagline").text()).as(path).isEqualTo("News about North Korean refugees");
            assertThat(page.select("nav[aria-label]").eachAttr("aria-label")).as(path).doesNotHaveDuplicates();
        }
        assertThat(site.get("/feed/json/").statusCode()).isEqualTo(200);
    }

    @Test
    void archivePagesHaveBreadcrumbsFromHome() {
        var response = site.get("/category/north-korean-refugee/");
        HtmlCheck.save("archive-breadcrumbs", response.body());
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("nav.breadcrumbs li").eachText())
                .containsExactly("Home", "Categories", "Korea", "North Korean refugee");
        assertThat(page.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/", "/category/", "/category/korea/");
        assertThat(page.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo("North Korean refugee");
        assertThat(site.page("/source/yonhap/").select("nav.breadcrumbs li").eachText())
                .containsExactly("Home", "Outlets", "Yonhap");
        assertThat(site.page("/2026/11/02/").select("nav.breadcrumbs li").eachText())
                .containsExactly("Home", "Archives", "2026", "November", "2");
        assertThat(site.page("/").select("nav.breadcrumbs")).isEmpty();
    }

    @Test
    void aPostDateLinksToItsDayArchiveWhichListsThatDaysPosts() {
        Document post = site.page(A);
        assertThat(post.select("main .byline a.date").attr("href")).isEqualTo("/2026/11/02/");
        Document dayPage = site.page("/2026/11/02/");
        assertThat(dayPage.select("main article h2 a").eachAttr("href")).containsExactlyInAnyOrder(A, B);
        assertThat(site.get("/2026/02/30/").statusCode()).isEqualTo(404);
        assertThat(site.get("/2026/page/1/").headers().firstValue("Location")).hasValue("/2026/");
        assertThat(site.get("/2026/11/02/page/1/").headers().firstValue("Location")).hasValue("/2026/11/02/");
        assertThat(site.page("/2026/").select("main article").size()).isEqualTo(4);
    }

    @Test
    void aPostLinksToTheOlderAndNewerPostsAndToRelatedOnesOfItsPrimaryCategory() {
        var response = site.get(B);
        HtmlCheck.save("post-navigation", response.body());
        Document middle = Jsoup.parse(response.body());
        assertThat(middle.select("nav.post-nav a[rel=prev]").attr("href")).isEqualTo(A);
        assertThat(middle.select("nav.post-nav a[rel=next]").attr("href")).isEqualTo(C);
        Document newest = site.page(C);
        assertThat(newest.select("nav.post-nav a[rel=next]")).isEmpty();
        assertThat(newest.select("nav.post-nav a[rel=prev]").text()).isEqualTo("Border closes");
        assertThat(site.page("/2025/03/01/old-news/").select("nav.post-nav a[rel=prev]")).isEmpty();
        Document first = site.page(A);
        assertThat(first.select("section.related a").eachAttr("href")).containsExactly(C, B);
        assertThat(site.page("/2026/10/05/markets-fall/").select("section.related a").eachAttr("href"))
                .containsExactly(A);
    }

    @Test
    void anyArchiveOrMenuPageIsWithinTwoLinksOfTheHomePageAndOfAPost() {
        List<String> wanted = List.of("/category/economy/", "/category/korea/", "/category/north-korean-refugee/",
                "/source/reuters/", "/source/yonhap/", "/author/kim/", "/author/lee/", "/tag/markets/",
                "/2026/", "/2025/", "/2026/11/", "/2026/10/", "/2025/03/", "/about/");
        for (String start : List.of("/", C, "/about/")) {
            Set<String> reached = new HashSet<>();
            for (String first : links(start)) {
                reached.add(first);
                reached.addAll(links(first));
            }
            assertThat(reached).as("within two links of " + start).containsAll(wanted);
        }
    }

    private static void assertIndex(String path, String heading, List<String> names, List<String> hrefs,
            List<String> counts) {
        var response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        HtmlCheck.save("index" + path, response.body());
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("main h1").text()).as(path).isEqualTo(heading);
        assertThat(page.select(".archive-index a").eachText()).as(path).containsExactlyElementsOf(names);
        assertThat(page.select(".archive-index a").eachAttr("href")).as(path).containsExactlyElementsOf(hrefs);
        assertThat(page.select(".archive-index .count").eachText()).as(path).containsExactlyElementsOf(counts);
        assertThat(page.select("nav.breadcrumbs li").eachText()).as(path).containsExactly("Home", heading);
        for (String href : hrefs) {
            assertThat(site.get(href).statusCode()).as(href).isEqualTo(200);
        }
    }

    /** The site's own pages a page links to (paths only: feeds and other hosts left out). */
    private static Set<String> links(String path) {
        var response = site.get(path);
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (String href : Jsoup.parse(response.body()).select("a[href^=/]").eachAttr("href")) {
            if (!href.startsWith("//") && !href.contains("/feed/")) {
                found.add(href);
            }
        }
        return found;
    }
}
