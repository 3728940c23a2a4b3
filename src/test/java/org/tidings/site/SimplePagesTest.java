package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PageInput;
import org.tidings.content.Pages;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** Simple pages on the public site: at /SLUG/, in the header menu, with breadcrumbs, never over the site's own routes. */
class SimplePagesTest {
    private static RunningSite site;
    private static Pages pages;
    private static long about;

    @BeforeAll
    static void startSiteWithPages() {
        site = RunningSite.start();
        pages = site.app().content().pages();
        pages.create(page("Contact", "", true, null, 2, true));
        about = pages.create(page("About us", "about", true, null, 1, true));
        pages.create(page("Our team", "team", true, about, 3, false));
        pages.create(page("Unfinished", "", false, null, 0, true));
        pages.create(page("Search", "", true, null, 4, false));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aPublishedPageShowsItsTitleAndBodyInTheSiteLayoutWithItsCanonicalAddress() {
        var response = site.get("/about/");
        assertThat(response.statusCode()).isEqualTo(200);
        HtmlCheck.save("page", response.body());
        Document page = site.page("/about/");
        assertThat(page.select("main h1").text()).isEqualTo("About us");
        assertThat(page.select("main .entry").text()).isEqualTo("Text of About us.");
        assertThat(page.title()).isEqualTo("About us – Tidings");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(site.baseUrl() + "/about/");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Text of About us.");
        assertThat(page.select("nav.breadcrumbs")).isEmpty();
    }

    @Test
    void theDefaultHeaderMenuListsPublishedMenuPagesInMenuOrderThenTheIndexPagesOnEveryPage() {
        for (String path : new String[] {"/", "/about/", "/search/?q=x", "/no-such-page/"}) {
            var response = site.get(path);
            Document page = org.jsoup.Jsoup.parse(response.body());
            assertThat(page.select("header nav[aria-label=Site] a").eachText()).as(path)
                    .containsExactly("About us", "Contact", "Categories", "Outlets", "Archives");
            assertThat(page.select("header nav[aria-label=Site] a").eachAttr("href")).as(path)
                    .containsExactly("/about/", "/contact/", "/category/", "/source/", "/archive/");
        }
    }

    @Test
    void aChildPageHasBreadcrumbsAndAnswersUnderItsParentToo() {
        Document child = site.page("/about/team/");
        HtmlCheck.save("page-child", site.get("/about/team/").body());
        assertThat(child.select("nav.breadcrumbs li").eachText()).containsExactly("About us", "Our team");
        assertThat(child.select("nav.breadcrumbs a").attr("href")).isEqualTo("/about/");
        assertThat(child.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo("Our team");
        assertThat(child.select("link[rel=canonical]").attr("href")).isEqualTo(site.baseUrl() + "/team/");
        assertThat(site.page("/team/").select("main h1").text()).isEqualTo("Our team");
        assertThat(site.get("/contact/team/").statusCode()).isEqualTo(404);
        assertThat(site.get("/about/team/extra/").statusCode()).isEqualTo(404);
    }

    @Test
    void draftsAreNotPublicAndPagesNeverTakeTheSiteOwnAddresses() {
        assertThat(site.get("/unfinished/").statusCode()).isEqualTo(404);
        assertThat(site.page("/search-page/").select("main h1").text()).isEqualTo("Search");
        assertThat(site.get("/search/").body()).doesNotContain("Text of Search.");
        assertThat(site.page("/2024/").select("main h1").text()).isEqualTo("Archive: 2024");
        assertThat(site.get("/feed/").headers().firstValue("Content-Type").orElse("")).startsWith("application/rss+xml");
    }

    @Test
    void anEditShowsOnTheNextRequestThoughThePageWasCached() {
        long id = pages.create(page("Changing", "changing", true, null, 9, false));
        assertThat(site.page("/changing/").select("main h1").text()).isEqualTo("Changing");
        assertThat(site.page("/changing/").select("main h1").text()).isEqualTo("Changing");
        pages.update(id, page("Changed", "changing", true, null, 9, true));
        assertThat(site.page("/changing/").select("main h1").text()).isEqualTo("Changed");
        assertThat(site.page("/").select("header nav[aria-label=Site] a").eachText()).contains("Changed");
        pages.update(id, page("Changed", "changing", false, null, 9, true));
        assertThat(site.get("/changing/").statusCode()).isEqualTo(404);
        assertThat(site.page("/").select("header nav[aria-label=Site] a").eachText()).doesNotContain("Changed");
        pages.delete(id);
    }

    @Test
    void theSitemapListsPublishedPagesOnly() {
        String sitemap = site.get("/sitemap.xml").body();
        assertThat(sitemap).contains(site.baseUrl() + "/about/", site.baseUrl() + "/team/")
                .doesNotContain("/unfinished/");
    }

    private static PageInput page(String title, String slug, boolean published, Long parent, int order,
            boolean inMenu) {
        return new PageInput(title, slug, HtmlSanitizer.sanitize("<p>Text of " + title + ".</p>"), null, published,
                parent, order, inMenu, null);
    }
}
