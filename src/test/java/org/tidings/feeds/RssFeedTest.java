package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RSS 2.0 feeds of every scope: Rome reads them back, with the required elements, RFC 822 dates and absolute URLs. */
class RssFeedTest {
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
    void everyScopeHasAValidRssFeed() throws Exception {
        for (String scope : FeedSite.SCOPES) {
            HttpResponse<String> response = site.get(scope + "feed/");
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
            Channel channel = (Channel) new WireFeedInput().build(new StringReader(response.body()));
            assertThat(channel.getFeedType()).as(scope).isEqualTo("rss_2.0");
            assertThat(channel.getTitle()).as(scope).isNotBlank();
            assertThat(channel.getLink()).as(scope).isEqualTo(site.baseUrl() + scope);
            assertThat(channel.getDescription()).as(scope).isNotBlank();
            assertThat(channel.getItems()).as(scope).isNotEmpty();
            assertThat(Jsoup.parse(response.body(), "", Parser.xmlParser()).select("channel > atom|link[rel=self]")
                    .attr("href")).isEqualTo(site.baseUrl() + scope + "feed/");
            for (Item item : channel.getItems()) {
                assertThat(item.getTitle()).isNotBlank();
                assertThat(item.getLink()).startsWith(site.baseUrl() + "/");
                assertThat(item.getGuid().getValue()).startsWith("tag:127.0.0.1,");
                assertThat(item.getPubDate()).isNotNull();
                assertThat(item.getContent().getValue()).contains("<p");
            }
            assertRawDatesAndUrls(scope, response.body());
        }
    }

    @Test
    void itemsCarryTheWholePostTheSourceLineAndTheRightDate() throws Exception {
        Channel channel = channel("/author/min-ji-park/feed/");
        assertThat(channel.getItems()).extracting(Item::getTitle).containsExactly(FeedSite.DATED_TITLE);
        Item item = channel.getItems().getFirst();
        assertThat(item.getPubDate().toInstant()).isEqualTo(FeedSite.DATED);
        Document content = Jsoup.parseBodyFragment(item.getContent().getValue());
        assertThat(content.select("a[href=" + FeedSite.ORIGINAL + "]").text()).isEqualTo("Reuters");
        assertThat(content.select("p.source").text()).isEqualTo("[Reuters]");
        assertThat(content.select("a").first().attr("href")).isEqualTo(site.baseUrl() + "/tag/winter/");
        assertThat(content.select("img").attr("src")).isEqualTo(site.baseUrl() + "/assets/map.png");
        assertThat(item.getDescription().getValue()).isEqualTo("A short summary &amp; more.");
        assertThat(item.getGuid().isPermaLink()).isFalse();
    }

    @Test
    void theSiteFeedListsPublishedPostsNewestFirstAndNoDrafts() throws Exception {
        Channel channel = channel("/feed/");
        assertThat(channel.getItems()).extracting(Item::getTitle)
                .containsExactly(FeedSite.DATED_TITLE, FeedSite.KOREAN_TITLE, FeedSite.UNDATED_TITLE);
        Item undated = channel.getItems().get(2);
        assertThat(undated.getPubDate().toInstant()).isEqualTo(FeedSite.UNDATED);
        assertThat(Jsoup.parseBodyFragment(undated.getContent().getValue()).select("p.source").text())
                .isEqualTo("[Yonhap]");
    }

    private static Channel channel(String path) throws Exception {
        return (Channel) new WireFeedInput().build(new StringReader(site.get(path).body()));
    }

    /** Reads the XML as text: dates must be RFC 822 and every URL absolute, on this site or an original. */
    private static void assertRawDatesAndUrls(String scope, String xml) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> dates = document.select("pubDate, lastBuildDate").eachText();
        assertThat(dates).as(scope).isNotEmpty();
        for (String date : dates) {
            assertThat(date).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|[+-]\\d{4})");
            Instant parsed = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertThat(parsed).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
        }
        List<String> urls = new ArrayList<>(document.select("channel > link, item > link").eachText());
        for (Element encoded : document.getElementsByTag("content:encoded")) {
            urls.addAll(FeedUrls.inHtml(encoded.text()));
        }
        assertThat(urls).as(scope).isNotEmpty().allSatisfy(url -> assertThat(site.isOwnOrOriginal(url)).as(url).isTrue());
    }
}
