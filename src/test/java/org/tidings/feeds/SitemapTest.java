package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.site.Urls;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code /sitemap.xml}: valid sitemaps.org XML listing what is public, split by an index when it grows. */
class SitemapTest {
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String W3C_DATETIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    @Test
    void listsTheHomePageArchivesWithPostsAndEveryPublishedPostButNoDraft() throws Exception {
        try (FeedSite site = new FeedSite()) {
            site.site.app().content().create(new PostInput("Embargoed", "", HtmlSanitizer.sanitize("<p>Later.</p>"),
                    null, "", new Publication(PostStatus.DRAFT, null, false), "Ghost Writer", "Secret Wire", null,
                            List.of("Hidden"), List.of("embargoed"), null), Actor.COMMAND_LINE);
            var response = site.get("/sitemap.xml");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
            Document sitemap = parse(response.body());
            assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
            List<String> locs = locs(sitemap, "url");
            String base = site.baseUrl();
            assertThat(locs).doesNotHaveDuplicates().contains(base + "/", base + "/category/refugees/",
                    base + "/category/resettlement/", base + "/category/human-rights/", base + "/tag/winter/",
                    base + "/tag/families/", base + "/author/min-ji-park/", base + "/author/j-han/",
                    base + "/source/reuters/", base + "/source/yonhap/", base + "/category/", base + "/tag/",
                    base + "/author/", base + "/source/", base + "/archive/",
                    postUrl(site, site.datedId), postUrl(site, site.undatedId), postUrl(site, site.koreanId));
            assertThat(locs).doesNotContain(postUrl(site, site.draftId), base + "/tag/embargoed/",
                    base + "/author/ghost-writer/", base + "/source/secret-wire/", base + "/category/hidden/");
            assertThat(locs).hasSize(18);
            for (String loc : locs) {
                assertThat(site.site.get(loc.substring(base.length())).statusCode()).as(loc).isEqualTo(200);
            }
            NodeList lastmods = sitemap.getElementsByTagNameNS(NAMESPACE, "lastmod");
            assertThat(lastmods.getLength()).isEqualTo(18);
            for (int i = 0; i < lastmods.getLength(); i++) {
                assertThat(lastmods.item(i).getTextContent()).matches(W3C_DATETIME);
            }
            assertThat(site.site.get("/sitemap-1.xml").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aPostsLastmodIsItsLastEdit() throws Exception {
        try (FeedSite site = new FeedSite()) {
            Document sitemap = parse(site.get("/sitemap.xml").body());
            Instant edited = site.site.app().stores().posts().byId(site.datedId).orElseThrow().updatedAt();
            Instant lastmod = null;
            NodeList urls = sitemap.getElementsByTagNameNS(NAMESPACE, "url");
            for (int i = 0; i < urls.getLength(); i++) {
                Element url = (Element) urls.item(i);
                if (text(url, "loc").equals(postUrl(site, site.datedId))) {
                    lastmod = Instant.parse(text(url, "lastmod"));
                }
            }
            assertThat(lastmod).isEqualTo(edited.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }

    @Test
    void beyondItsLimitTheSitemapBecomesAnIndexOfParts() throws Exception {
        Path data = Files.createTempDirectory("tidings-sitemap");
        try (Database database = TestStore.open(data)) {
            new ContentService(Stores.over(database), java.time.Clock.systemUTC())
                    .saveSettings(java.util.Map.of("sitemap.urls-per-file", "4"));
        }
        try (RunningSite site = RunningSite.over(data)) {
            List<String> expected = new ArrayList<>(List.of(site.baseUrl() + "/", site.baseUrl() + "/author/ana/",
                    site.baseUrl() + "/author/", site.baseUrl() + "/archive/"));
            for (int i = 0; i < 9; i++) {
                long id = site.app().content().create(new PostInput("Post number " + i, "",
                        HtmlSanitizer.sanitize("<p>Body.</p>"), null, "", new Publication(PostStatus.PUBLISHED,
                                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * i), false), "Ana", null,
                                        null, List.of(), List.of(), null), Actor.COMMAND_LINE);
                var post = site.app().stores().posts().byId(id).orElseThrow();
                expected.add(site.baseUrl() + Urls.post(post, site.app().site().zone()));
            }
            Document index = parse(site.get("/sitemap.xml").body());
            assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
            assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
            List<String> parts = locs(index, "sitemap");
            assertThat(parts).containsExactly(site.baseUrl() + "/sitemap-1.xml", site.baseUrl() + "/sitemap-2.xml",
                    site.baseUrl() + "/sitemap-3.xml", site.baseUrl() + "/sitemap-4.xml");
            List<String> listed = new ArrayList<>();
            for (String part : parts) {
                var response = site.get(part.substring(site.baseUrl().length()));
                assertThat(response.statusCode()).isEqualTo(200);
                Document urlset = parse(response.body());
                assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
                assertThat(locs(urlset, "url")).hasSizeLessThanOrEqualTo(4);
                listed.addAll(locs(urlset, "url"));
            }
            assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            assertThat(site.get("/sitemap-5.xml").statusCode()).isEqualTo(404);
            assertThat(site.get("/sitemap-0.xml").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfAdminAndSearchAndPointsToTheSitemap() {
        try (RunningSite site = RunningSite.start()) {
            var response = site.get("/robots.txt");
            assertThat(response.statusCode()).isEqualTo(200);
            // Jetty writes its own well-known form of this type, without the space.
            assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                    .isEqualToIgnoringCase("text/plain;charset=utf-8");
            List<String> lines = response.body().lines().toList();
            assertThat(lines).containsSubsequence("User-agent: *", "Disallow: /admin/", "Disallow: /search/?")
                    .contains("Sitemap: " + site.baseUrl() + "/sitemap.xml")
                    .noneMatch(line -> line.equals("Disallow: /"));
            assertThat(site.get("/sitemap.xml").statusCode()).isEqualTo(200);
        }
    }

    private static String postUrl(FeedSite site, long id) {
        var post = site.site.app().stores().posts().byId(id).orElseThrow();
        return site.baseUrl() + Urls.post(post, site.site.app().site().zone());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(NAMESPACE);
        return document;
    }

    /** The {@code loc} of every {@code entry} element, each of which must have exactly one. */
    private static List<String> locs(Document document, String entry) {
        List<String> locs = new ArrayList<>();
        NodeList entries = document.getElementsByTagNameNS(NAMESPACE, entry);
        for (int i = 0; i < entries.getLength(); i++) {
            locs.add(text((Element) entries.item(i), "loc"));
        }
        return locs;
    }

    private static String text(Element element, String child) {
        NodeList found = element.getElementsByTagNameNS(NAMESPACE, child);
        assertThat(found.getLength()).as(child).isEqualTo(1);
        return found.item(0).getTextContent();
    }
}
