package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Atom 1.0 feeds of every scope: Rome reads them back, with the required elements, RFC 3339 dates and absolute URLs. */
class AtomFeedTest {
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";
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
    void everyScopeHasAValidAtomFeed() throws Exception {
        for (String scope : FeedSite.SCOPES) {
            String path = scope + "feed/atom/";
            HttpResponse<String> response = site.get(path);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
            Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            assertThat(feed.getId()).as(scope).isEqualTo(site.baseUrl() + scope);
            assertThat(feed.getTitle()).as(scope).isNotBlank();
            assertThat(feed.getUpdated()).as(scope).isNotNull();
            assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                    .contains(org.assertj.core.groups.Tuple.tuple("self", site.baseUrl() + path));
            assertThat(feed.getEntries()).as(scope).isNotEmpty();
            for (Entry entry : feed.getEntries()) {
                assertThat(entry.getId()).startsWith("tag:127.0.0.1,");
                assertThat(entry.getTitle()).isNotBlank();
                assertThat(entry.getUpdated()).isNotNull();
                assertThat(entry.getAlternateLinks()).singleElement()
                        .satisfies(link -> assertThat(link.getHref()).startsWith(site.baseUrl() + "/"));
                // Atom needs an author on every entry, its own or the feed's.
                assertThat(entry.getAuthors().isEmpty() ? feed.getAuthors() : entry.getAuthors()).isNotEmpty();
                assertThat(entry.getContents()).singleElement()
                        .satisfies(content -> assertThat(content.getType()).isEqualTo("html"));
            }
            assertRawDatesAndUrls(scope, response.body());
        }
    }

    @Test
    void entriesCarryTheirDatesAuthorsAndOriginal() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(site.get("/tag/winter/feed/atom/").body()));
        assertThat(feed.getEntries()).extracting(Entry::getTitle).containsExactly(FeedSite.DATED_TITLE);
        Entry entry = feed.getEntries().getFirst();
        assertThat(entry.getPublished().toInstant()).isEqualTo(FeedSite.DATED);
        assertThat(entry.getUpdated().toInstant()).isAfterOrEqualTo(FeedSite.DATED);
        assertThat(entry.getAuthors()).singleElement()
                .satisfies(author -> assertThat(author.getName()).isEqualTo("Min-ji Park"));
        assertThat(entry.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("via", FeedSite.ORIGINAL));
        assertThat(Jsoup.parseBodyFragment(entry.getContents().getFirst().getValue()).select("p.source a").attr("href"))
                .isEqualTo(FeedSite.ORIGINAL);
    }

    @Test
    void anUndatedPostWithoutAuthorFallsBackToTheStoredTimeAndTheSite() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(site.get("/tag/families/feed/atom/").body()));
        Entry entry = feed.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo(FeedSite.UNDATED_TITLE);
        assertThat(entry.getPublished().toInstant()).isEqualTo(FeedSite.UNDATED);
        assertThat(entry.getAuthors()).isEmpty();
        assertThat(feed.getAuthors()).singleElement().satisfies(author -> {
            assertThat(author.getName()).isEqualTo("Tidings");
            assertThat(author.getUri()).isEqualTo(site.baseUrl() + "/");
        });
    }

    private static void assertRawDatesAndUrls(String scope, String xml) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> dates = document.select("updated, published").eachText();
        assertThat(dates).as(scope).isNotEmpty().allSatisfy(date -> {
            assertThat(date).matches(RFC_3339);
            assertThat(OffsetDateTime.parse(date).getYear()).isEqualTo(2026);
        });
        List<String> urls = new ArrayList<>(document.select("link").eachAttr("href"));
        urls.addAll(document.select("uri").eachText());
        document.select("entry > content").forEach(content -> urls.addAll(FeedUrls.inHtml(content.text())));
        assertThat(urls).as(scope).isNotEmpty().allSatisfy(url -> assertThat(site.isOwnOrOriginal(url)).as(url).isTrue());
    }
}
