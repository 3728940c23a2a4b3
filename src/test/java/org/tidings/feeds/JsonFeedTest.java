package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * JSON Feed 1.1 of every scope, parsed by an independent JSON parser (Selenium's, already on
 * the test class path): version, title, items with ids and HTML, RFC 3339 dates, absolute URLs.
 */
class JsonFeedTest {
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
    void everyScopeHasAValidJsonFeed() {
        for (String scope : FeedSite.SCOPES) {
            String path = scope + "feed/json/";
            HttpResponse<String> response = site.get(path);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/feed+json; charset=utf-8");
            Map<String, Object> feed = parse(response.body());
            assertThat(feed.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat((String) feed.get("title")).as(scope).isNotBlank();
            assertThat(feed.get("home_page_url")).isEqualTo(site.baseUrl() + scope);
            assertThat(feed.get("feed_url")).isEqualTo(site.baseUrl() + path);
            List<Map<String, Object>> items = items(feed);
            assertThat(items).as(scope).isNotEmpty();
            List<String> urls = new ArrayList<>(List.of((String) feed.get("home_page_url")));
            for (Map<String, Object> item : items) {
                assertThat((String) item.get("id")).startsWith("tag:127.0.0.1,");
                assertThat((String) item.get("title")).isNotBlank();
                assertThat((String) item.get("content_html")).contains("<p");
                assertThat((String) item.get("date_published")).matches(RFC_3339);
                assertThat((String) item.get("date_modified")).matches(RFC_3339);
                urls.add((String) item.get("url"));
                urls.addAll(FeedUrls.inHtml((String) item.get("content_html")));
            }
            assertThat(urls).allSatisfy(url -> assertThat(site.isOwnOrOriginal(url)).as(url).isTrue());
        }
    }

    @Test
    void itemsCarryOriginalAuthorsTagsAndEscapedText() {
        List<Map<String, Object>> items = items(parse(site.get("/category/refugees/feed/json/").body()));
        assertThat(items).extracting(item -> item.get("title"))
                .containsExactly(FeedSite.DATED_TITLE, FeedSite.UNDATED_TITLE);
        Map<String, Object> dated = items.getFirst();
        assertThat(dated.get("external_url")).isEqualTo(FeedSite.ORIGINAL);
        assertThat(OffsetDateTime.parse((String) dated.get("date_published")).toInstant()).isEqualTo(FeedSite.DATED);
        assertThat(dated.get("authors")).isEqualTo(List.of(Map.of("name", "Min-ji Park",
                "url", site.baseUrl() + "/author/min-ji-park/")));
        assertThat(dated.get("tags")).isEqualTo(List.of("Resettlement", "winter"));
        assertThat(Jsoup.parseBodyFragment((String) dated.get("content_html")).select("p.source").text())
                .isEqualTo("[Reuters]");
        Map<String, Object> undated = items.get(1);
        assertThat(undated).doesNotContainKeys("authors", "external_url");
        assertThat(OffsetDateTime.parse((String) undated.get("date_published")).toInstant()).isEqualTo(FeedSite.UNDATED);
    }

    @Test
    void textInAnyScriptSurvives() {
        List<Map<String, Object>> items = items(parse(site.get("/author/j-han/feed/json/").body()));
        assertThat(items).extracting(item -> item.get("title")).containsExactly(FeedSite.KOREAN_TITLE);
        assertThat((String) items.getFirst().get("content_html")).contains("정부는 지원을 늘린다.");
    }

    static Map<String, Object> parse(String body) {
        return new Json().toType(body, Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> feed) {
        return (List<Map<String, Object>>) feed.get("items");
    }
}
