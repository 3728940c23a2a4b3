package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import org.tidings.content.Actor;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.testing.HtmlCheck;

/** Page heads: feed autodiscovery links that resolve, OpenGraph and Twitter card meta, NewsArticle JSON-LD. */
class DiscoveryTest {
    private static FeedSite site;

    @BeforeAll
    static void start() {
        site = new FeedSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void listingsAnnounceTheSiteFeedsAndTheirOwn() {
        assertThat(feedLinks("/")).containsExactly("/feed/", "/feed/atom/", "/feed/json/");
        assertThat(feedLinks("/2026/11/")).containsExactly("/feed/", "/feed/atom/", "/feed/json/");
        for (String scope : List.of("/category/refugees/", "/tag/winter/", "/author/min-ji-park/", "/source/reuters/")) {
            assertThat(feedLinks(scope)).containsExactly("/feed/", "/feed/atom/", "/feed/json/",
                    scope + "feed/", scope + "feed/atom/", scope + "feed/json/");
        }
    }

    @Test
    void everyAnnouncedFeedAnswersInItsAnnouncedType() {
        for (String page : List.of("/", "/category/resettlement/", "/tag/winter/", "/author/j-han/", "/source/yonhap/")) {
            for (Element link : site.site.page(page).select("head link[rel=alternate]")) {
                HttpResponse<String> response = site.site.get(link.attr("href").substring(site.baseUrl().length()));
                assertThat(response.statusCode()).as(link.attr("href")).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(link.attr("type"));
                assertThat(link.attr("title")).isNotBlank();
            }
        }
    }

    @Test
    void aPostPageTellsLinkPreviewsAndSearchEnginesAboutTheArticle() {
        String path = postPath(FeedSite.DATED_TITLE);
        Document page = site.site.page(path);
        HtmlCheck.save("post-with-discovery-meta", site.get(path).body());
        HtmlCheck.save("category-with-feed-links", site.get("/category/refugees/").body());
        assertThat(feedLinks(path)).containsExactly("/feed/", "/feed/atom/", "/feed/json/");
        assertThat(meta(page, "og:title")).isEqualTo(FeedSite.DATED_TITLE);
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:url")).isEqualTo(site.baseUrl() + path);
        assertThat(meta(page, "og:description")).isEqualTo("A short summary & more.");
        assertThat(meta(page, "og:site_name")).isEqualTo("Tidings");
        assertThat(OffsetDateTime.parse(meta(page, "article:published_time")).toInstant()).isEqualTo(FeedSite.DATED);
        assertThat(page.select("head meta[name=twitter:card]").attr("content")).isEqualTo("summary");

        Map<String, Object> article = jsonLd(page);
        assertThat(article.get("@context")).isEqualTo("https://schema.org");
        assertThat(article.get("@type")).isEqualTo("NewsArticle");
        assertThat(article.get("headline")).isEqualTo(FeedSite.DATED_TITLE);
        assertThat(OffsetDateTime.parse((String) article.get("datePublished")).toInstant()).isEqualTo(FeedSite.DATED);
        assertThat(article.get("dateModified")).isNotNull();
        assertThat(article.get("author")).isEqualTo(Map.of("@type", "Person", "name", "Min-ji Park",
                "url", site.baseUrl() + "/author/min-ji-park/"));
        assertThat(article.get("publisher")).isEqualTo(Map.of("@type", "Organization", "name", "Tidings",
                "url", site.baseUrl() + "/"));
        assertThat(article.get("mainEntityOfPage")).isEqualTo(Map.of("@type", "WebPage", "@id", site.baseUrl() + path));
        assertThat(article.get("isBasedOn")).isEqualTo(FeedSite.ORIGINAL);
    }

    @Test
    void anUndatedPostClaimsNoDate() {
        Document page = site.site.page(postPath(FeedSite.UNDATED_TITLE));
        assertThat(page.select("head meta[property=article:published_time]")).isEmpty();
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(jsonLd(page)).doesNotContainKeys("datePublished", "dateModified", "author", "isBasedOn");
    }

    @Test
    void aTitleThatTriesToEndTheScriptStaysData() {
        String title = "Breaking </script><script>alert(1)</script> & more";
        site.site.app().content().create(new PostInput(title, "", HtmlSanitizer.sanitize("<p>Text.</p>"), null, "",
                new Publication(PostStatus.PUBLISHED, FeedSite.DATED.plusSeconds(60), false), null, null, null,
                        List.of(), List.of(), null), Actor.COMMAND_LINE);
        String path = postPath(title);
        Document page = site.site.page(path);
        HtmlCheck.save("post-with-script-in-title", site.get(path).body());
        assertThat(page.select("script:not([src])")).as("only the JSON-LD is inline").hasSize(1);
        assertThat(jsonLd(page).get("headline")).isEqualTo(title);
    }

    /** The site-relative hrefs of a page's feed links, which must be absolute URLs on this site. */
    private static List<String> feedLinks(String path) {
        List<String> hrefs = site.site.page(path).select("head link[rel=alternate]").eachAttr("href");
        assertThat(hrefs).allSatisfy(href -> assertThat(href).startsWith(site.baseUrl() + "/"));
        return hrefs.stream().map(href -> href.substring(site.baseUrl().length())).toList();
    }

    private static String postPath(String title) {
        Element link = site.site.page("/").select("article h2 a").stream()
                .filter(a -> a.text().equals(title)).findFirst().orElseThrow();
        return link.attr("href");
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("head meta[property=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    private static Map<String, Object> jsonLd(Document page) {
        List<Element> scripts = page.select("head script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return new Json().toType(scripts.getFirst().data(), Json.MAP_TYPE);
    }
}
