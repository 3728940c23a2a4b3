package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.app.ServerConfig;
import org.tidings.app.TidingsApp;
import org.tidings.content.Actor;
import org.tidings.testing.TestStore;

/** Feed ids survive edits (readers would show an edited post twice otherwise); unknown slugs answer 404. */
class FeedIdentityTest {
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
    void idsStayTheSameWhenAPostIsEditedWhileTitlesAndDatesFollow() throws Exception {
        Item rssBefore = rssItem();
        Entry atomBefore = atomEntry();
        Object jsonBefore = jsonItem().get("id");

        Instant moved = Instant.parse("2026-11-03T09:00:00Z");
        site.site.app().content().update(site.datedId, FeedSite.dated("Shelters open early", moved),
                Actor.COMMAND_LINE);

        Item rssAfter = rssItem();
        Entry atomAfter = atomEntry();
        Map<String, Object> jsonAfter = jsonItem();
        assertThat(rssAfter.getTitle()).isEqualTo("Shelters open early");
        assertThat(rssAfter.getGuid().getValue()).isEqualTo(rssBefore.getGuid().getValue());
        // A published post's address keeps the date of its first publication (the editor may move it).
        assertThat(rssAfter.getLink()).isEqualTo(rssBefore.getLink());
        assertThat(rssAfter.getPubDate().toInstant()).isEqualTo(moved);
        assertThat(atomAfter.getId()).isEqualTo(atomBefore.getId());
        assertThat(atomAfter.getTitle()).isEqualTo("Shelters open early");
        assertThat(jsonAfter.get("id")).isEqualTo(jsonBefore);
        // One post, one id, whichever format a reader follows.
        assertThat(atomBefore.getId()).isEqualTo(rssBefore.getGuid().getValue()).isEqualTo(jsonBefore);
    }

    @Test
    void idsStayTheSameWhenTheSiteMovesToAnotherDomain() throws Exception {
        Path data = Files.createTempDirectory("tidings-move");
        Object before;
        try (TidingsApp first = TidingsApp.start(new ServerConfig(data, "127.0.0.1", 0, "https://first.example", false)
                .withDatabase(TestStore.of(data)))) {
            first.content().create(FeedSite.dated("Moved", FeedSite.DATED), Actor.COMMAND_LINE);
            before = newestJsonItem(first).get("id");
        }
        try (TidingsApp moved = TidingsApp.start(new ServerConfig(data, "127.0.0.1", 0, "https://news.example.org", false)
                .withDatabase(TestStore.of(data)))) {
            Map<String, Object> item = newestJsonItem(moved);
            assertThat(item.get("url").toString()).startsWith("https://news.example.org/2026/11/01/");
            assertThat(item.get("id")).isEqualTo(before).asString().startsWith("tag:first.example,");
        }
    }

    private static Map<String, Object> newestJsonItem(TidingsApp app) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/feed/json/")).build(), BodyHandlers.ofString());
        return JsonFeedTest.items(JsonFeedTest.parse(response.body())).getFirst();
    }

    @Test
    void unknownSlugsAnswer404InEveryFormat() {
        for (String kind : List.of("category", "tag", "author", "source")) {
            for (String format : List.of("", "atom/", "json/")) {
                String path = "/" + kind + "/no-such-" + kind + "/feed/" + format;
                assertThat(site.site.get(path).statusCode()).as(path).isEqualTo(404);
            }
        }
        assertThat(site.site.get("/feed/xml/").statusCode()).isEqualTo(404);
    }

    @Test
    void aFeedPathWithoutItsSlashRedirectsToTheCanonicalOne() {
        var response = site.site.get("/category/refugees/feed/atom");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/category/refugees/feed/atom/");
    }

    @Test
    void wordPressesOtherFeedPathsRedirectToTheFeed() {
        for (String path : List.of("/feed/rss2/", "/category/refugees/feed/rdf/", "/tag/winter/feed/rss/",
                "/author/min-ji-park/feed/rss2/", "/source/reuters/feed/rss2/")) {
            var response = site.site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(301);
            String target = response.headers().firstValue("Location").orElseThrow();
            assertThat(target).isEqualTo(path.substring(0, path.indexOf("feed/")) + "feed/");
            assertThat(site.site.get(target).statusCode()).isEqualTo(200);
        }
    }

    private static Item rssItem() throws Exception {
        Channel channel = (Channel) new WireFeedInput().build(new StringReader(site.get("/source/reuters/feed/").body()));
        return channel.getItems().getFirst();
    }

    private static Entry atomEntry() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(site.get("/source/reuters/feed/atom/").body()));
        return feed.getEntries().getFirst();
    }

    private static Map<String, Object> jsonItem() {
        return JsonFeedTest.items(JsonFeedTest.parse(site.get("/source/reuters/feed/json/").body())).getFirst();
    }
}
