package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.content.ContentService;
import org.tidings.store.Database;
import org.tidings.store.SettingStore;
import org.tidings.store.Stores;
import org.tidings.testing.CommandRun;
import org.tidings.testing.TestStore;

/** {@code tidings source|poll|inbox}: an editor follows two outlets from the shell and sees one inbox of stories. */
class CurationCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path data;
    @TempDir
    Path elsewhere;
    private HttpServer reuters;
    private HttpServer yonhap;

    @BeforeEach
    void startOutlets() throws IOException {
        String today = "Mon, 02 Mar 2026 08:00:00 GMT";
        reuters = serve("127.0.0.1", Map.of(
                "/world/", ("<html><head><title>World</title><link rel=\"alternate\" type=\"application/rss+xml\" "
                        + "href=\"/world/rss.xml\"></head><body>News</body></html>"),
                "/world/rss.xml", rss("Reuters: World", "https://reuters.example/",
                        item("https://reuters.example/defectors?utm_source=rss",
                                "China sends 60 North Korean defectors back across the Yalu",
                                "Chinese police repatriated about 60 North Korean defectors from detention centres "
                                        + "in Dandong on Tuesday, rights groups said, despite appeals from Seoul.", today),
                        item("https://reuters.example/missile", "Pyongyang launches Hwasong missile into the East Sea",
                                "North Korea fired a Hwasong intercontinental ballistic missile from Sunan on Tuesday; "
                                        + "it flew for 70 minutes before falling into the sea.", today))));
        yonhap = serve("127.0.0.2", Map.of("/feed.xml", rss("Yonhap", "https://yonhap.example/",
                item("https://yonhap.example/en/123", "Seoul protests as Dandong police repatriate 60 defectors",
                        "South Korea protested after Chinese authorities in Dandong sent some 60 North Korean "
                                + "defectors back across the Yalu river on Tuesday.", today))));
    }

    @AfterEach
    void stopOutlets() {
        reuters.stop(0);
        yonhap.stop(0);
    }

    @Test
    void followTwoOutletsPollAndListOneInboxOfStoriesWithSuggestedCategories() throws IOException {
        publishCategorisedPosts();
        CommandRun added = run("source", "add", url(reuters, "/world/"));
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("of Reuters", url(reuters, "/world/rss.xml"));
        assertThat(run("source", "add", url(yonhap, "/feed.xml")).code()).isZero();
        CommandRun again = run("source", "add", url(yonhap, "/feed.xml"));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("followed already");
        CommandRun notAFeed = run("source", "add", url(yonhap, "/missing.xml"));
        assertThat(notAFeed.code()).isEqualTo(1);
        assertThat(notAFeed.err()).contains(url(yonhap, "/missing.xml"), "404");

        CommandRun polled = run("poll", "--once");
        assertThat(polled.code()).as(polled.err()).isZero();
        assertThat(polled.out()).contains("polled 2 feed(s): 3 new item(s)");

        List<JsonNode> inbox = new ArrayList<>();
        for (String line : run("inbox", "list", "--json").out().strip().split("\n")) {
            inbox.add(JSON.readTree(line));
        }
        assertThat(inbox).hasSize(3);
        JsonNode reutersItem = byOutlet(inbox, "Reuters", "China sends");
        JsonNode yonhapItem = byOutlet(inbox, "Yonhap", "Seoul protests");
        JsonNode missile = byOutlet(inbox, "Reuters", "Pyongyang");
        assertThat(reutersItem.get("url").asText()).isEqualTo("https://reuters.example/defectors");
        assertThat(reutersItem.get("state").asText()).isEqualTo("new");
        assertThat(yonhapItem.get("story").asLong()).isEqualTo(reutersItem.get("story").asLong())
                .isNotEqualTo(missile.get("story").asLong());
        assertThat(yonhapItem.get("suggested_categories").get(0).asText()).isEqualTo("Refugees");
        assertThat(missile.get("suggested_categories").get(0).asText()).isEqualTo("Military");
        assertThat(missile.get("published").asText()).isEqualTo("2026-03-02T08:00:00Z");

        CommandRun listed = run("source", "list");
        assertThat(listed.out()).contains("Reuters", "Yonhap", "HTTP 200", "feed TTL").doesNotContain("error:");
    }

    @Test
    void opmlGoesOutAndComesBackInWithoutCopiesAndRemovedFeedsGo() throws IOException {
        assertThat(run("source", "add", url(reuters, "/world/rss.xml")).code()).isZero();
        assertThat(run("source", "add", url(yonhap, "/feed.xml")).code()).isZero();
        Path opml = elsewhere.resolve("feeds.opml");
        assertThat(run("source", "export-opml", opml.toString()).out()).contains("Wrote 2 feed(s)");
        assertThat(Files.readString(opml)).contains(url(reuters, "/world/rss.xml"), url(yonhap, "/feed.xml"));

        Path other = elsewhere.resolve("other-site");
        assertThat(CommandRun.of("", "source", "import-opml", opml.toString(), "--data", other.toString()).out())
                .contains("2 feed(s) added, 0 skipped");
        assertThat(CommandRun.of("", "source", "import-opml", opml.toString(), "--data", other.toString()).out())
                .contains("0 feed(s) added, 2 skipped");

        assertThat(run("source", "remove", url(yonhap, "/feed.xml")).code()).isZero();
        assertThat(run("source", "list").out()).contains(url(reuters, "/world/rss.xml"))
                .doesNotContain(url(yonhap, "/feed.xml"));
        assertThat(run("source", "remove", "999").code()).isEqualTo(1);
    }

    @Test
    void onAKoreanSiteWhatFetchingAndPollingReportIsKorean() {
        try (Database database = TestStore.open(data)) {
            new ContentService(Stores.over(database), Clock.systemUTC())
                    .saveSettings(Map.of(SettingStore.SITE_LANGUAGE, "ko"));
        }
        CommandRun notAFeed = run("source", "add", url(yonhap, "/missing.xml"));
        assertThat(notAFeed.err()).contains(url(yonhap, "/missing.xml")
                + "을(를) 가져오지 못했습니다: 서버가 HTTP 404 상태로 응답했습니다");
        assertThat(run("source", "add", url(yonhap, "/feed.xml")).code()).isZero();
        assertThat(run("poll", "--once").code()).isZero();
        assertThat(run("source", "list").out()).contains("피드가 정한 갱신 주기(TTL)");
    }

        private void publishCategorisedPosts() {
        try (Database database = TestStore.open(data)) {
            ContentService content = new ContentService(Stores.over(database), Clock.systemUTC());
            for (String title : List.of("Defectors repatriated by China face prison", "Refugees cross the Yalu",
                    "Seoul asks Beijing to stop repatriating defectors", "Defector families wait in Dandong")) {
                publish(content, title, day(2026, 2, 1), null, null, null, List.of("Refugees"), List.of());
            }
            for (String title : List.of("North Korea fires ballistic missile", "Hwasong missile test flies 70 minutes",
                    "Army drills near the border", "Missile launch from Sunan airfield")) {
                publish(content, title, day(2026, 2, 1), null, null, null, List.of("Military"), List.of());
            }
        }
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString(), "--allow-private-fetch", "--base-url", "https://news.example.org"));
        return CommandRun.of("", all.toArray(String[]::new));
    }

    private static JsonNode byOutlet(List<JsonNode> items, String outlet, String titleStart) {
        return items.stream().filter(item -> item.get("outlet").asText().equals(outlet)
                && item.get("title").asText().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static String url(HttpServer server, String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    private static String item(String link, String title, String text, String date) {
        return "<item><title>" + title + "</title><link>" + link + "</link><description>" + text
                + "</description><pubDate>" + date + "</pubDate></item>";
    }

    private static String rss(String title, String site, String... items) {
        return "<rss version=\"2.0\"><channel><title>" + title + "</title><link>" + site + "</link><ttl>60</ttl>"
                + String.join("", items) + "</channel></rss>";
    }

    private static HttpServer serve(String address, Map<String, String> pages) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String page = pages.get(exchange.getRequestURI().getPath());
                byte[] body = (page == null ? "not here" : page).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", page != null && page.startsWith("<html")
                        ? "text/html; charset=utf-8" : "application/xml");
                exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }
}
