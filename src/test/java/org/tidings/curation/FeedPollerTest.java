package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidings.curation.fetch.FetchSettings;
import org.tidings.curation.fetch.HostResolver;
import org.tidings.testing.TestDatabase;
import org.tidings.i18n.Language;

/** The poller against a real HTTP server on 127.0.0.1: what an editor sees on each feed after each round. */
class FeedPollerTest {
    private static final Path CORPUS = Path.of("../shared/corpora/feeds");
    private static final String SITE = "https://news.example.org";

    private static String rss(String... titles) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Outlet</title>"
                + "<link>https://outlet.example/</link><ttl>60</ttl>");
        for (String title : titles) {
            xml.append("<item><title>").append(title).append("</title><link>https://outlet.example/")
                    .append(title.replace(' ', '-')).append("?utm_medium=feed</link>")
                    .append("<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static CurationRuntime runtime(TestDatabase db, FetchSettings settings) {
        return CurationRuntime.open(db.stores(), settings, db.clock());
    }

    private static CurationRuntime runtime(TestDatabase db) {
        return runtime(db, FetchSettings.forSite(SITE).withAllowPrivate(true));
    }

    private static Feed reload(CurationRuntime runtime, Feed feed) {
        return runtime.curation().feed(Long.toString(feed.id())).orElseThrow();
    }

    @Test
    void anUnchangedFeedAnswers304AndKeepsItsItems() {
        AtomicInteger version = new AtomicInteger(1);
        try (TestDatabase db = TestDatabase.create();
                FeedServer server = new FeedServer("127.0.0.1", exchange -> {
                    String etag = "\"v" + version.get() + "\"";
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.getResponseHeaders().set("Cache-Control", "max-age=900");
                        FeedServer.send(exchange, 304, null, new byte[0]);
                        return;
                    }
                    exchange.getResponseHeaders().set("ETag", etag);
                    String body = version.get() == 1 ? rss("first story", "second story")
                            : rss("first story", "second story", "third story");
                    FeedServer.send(exchange, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
                });
                CurationRuntime runtime = runtime(db)) {
            Feed feed = runtime.curation().follow(server.url("/feed.xml"), "Outlet", "https://outlet.example/");

            assertThat(runtime.poller().pollDue(poll -> { }).newItems()).isEqualTo(2);
            Feed afterFirst = reload(runtime, feed);
            assertThat(afterFirst.etag()).isEqualTo("\"v1\"");
            assertThat(afterFirst.nextFetchReason().text(Language.ENGLISH)).isEqualTo("feed TTL");
            assertThat(afterFirst.nextFetchAt()).isEqualTo(db.clock().instant().plus(Duration.ofHours(1)));
            assertThat(runtime.poller().pollDue(poll -> { }).polled()).as("nothing is due yet").isZero();

            db.clock().advance(Duration.ofHours(1));
            FeedPoller.Round second = runtime.poller().pollDue(poll -> { });
            assertThat(second.polled()).isEqualTo(1);
            assertThat(second.newItems()).isZero();
            assertThat(server.requests.getLast().ifNoneMatch()).isEqualTo("\"v1\"");
            assertThat(server.requests.getLast().userAgent()).contains("Tidings").contains(SITE);
            Feed afterSecond = reload(runtime, feed);
            assertThat(afterSecond.lastStatus()).isEqualTo(304);
            assertThat(afterSecond.nextFetchReason().text(Language.ENGLISH)).isEqualTo("Cache-Control max-age");
            assertThat(afterSecond.nextFetchAt()).isEqualTo(db.clock().instant().plus(Duration.ofMinutes(15)));
            assertThat(runtime.curation().inbox(InboxQuery.all(10))).hasSize(2);

            version.set(2);
            db.clock().advance(Duration.ofMinutes(15));
            assertThat(runtime.poller().pollDue(poll -> { }).newItems()).as("only the new item").isEqualTo(1);
            assertThat(runtime.curation().inbox(InboxQuery.all(10))).extracting(FeedItem::title)
                    .containsExactlyInAnyOrder("first story", "second story", "third story");
        }
    }

    @Test
    void retryAfterDelaysTheFeedAndSlowsItsHostWhileOtherHostsGoOn() throws UnknownHostException {
        try (TestDatabase db = TestDatabase.create();
                FeedServer busy = new FeedServer("127.0.0.1", exchange -> {
                    exchange.getResponseHeaders().set("Retry-After", "3600");
                    FeedServer.send(exchange, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
                });
                FeedServer calm = new FeedServer("127.0.0.2", exchange -> FeedServer.send(exchange, 200,
                        "application/rss+xml", rss("calm story").getBytes(StandardCharsets.UTF_8)));
                CurationRuntime runtime = runtime(db)) {
            Curation curation = runtime.curation();
            Feed first = curation.follow(busy.url("/a.xml"), "Busy A", null);
            Feed second = curation.follow(busy.url("/b.xml"), "Busy B", null);
            Feed other = curation.follow(calm.url("/feed.xml"), "Calm", null);
            Instant now = db.clock().instant();

            FeedPoller.Round round = runtime.poller().pollDue(poll -> { });

            assertThat(busy.requests).as("one request to the busy host, then it is left alone").hasSize(1);
            assertThat(round.newItems()).isEqualTo(1);
            Feed asked = reload(runtime, busy.requests.getFirst().path().equals("/a.xml") ? first : second);
            Feed waiting = reload(runtime, asked.id() == first.id() ? second : first);
            assertThat(asked.lastStatus()).isEqualTo(503);
            assertThat(asked.lastError().text(Language.ENGLISH)).contains(asked.url());
            assertThat(asked.nextFetchAt()).isEqualTo(now.plus(Duration.ofHours(1)));
            assertThat(asked.nextFetchReason().text(Language.ENGLISH)).isEqualTo("Retry-After");
            assertThat(waiting.nextFetchAt()).isEqualTo(now.plus(Duration.ofHours(1)));
            assertThat(waiting.nextFetchReason().text(Language.ENGLISH)).contains("slow down");
            assertThat(reload(runtime, other).lastError()).isNull();
        }
    }

    @Test
    void errorsBackOffLongerEachTimeAndNeverGiveUp() {
        try (TestDatabase db = TestDatabase.create();
                FeedServer broken = new FeedServer("127.0.0.1", exchange -> FeedServer.send(exchange, 500,
                        "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
                CurationRuntime runtime = runtime(db)) {
            Feed feed = runtime.curation().follow(broken.url("/feed.xml"), "Broken", null);
            List<Duration> waits = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                runtime.poller().pollDue(poll -> { });
                Feed now = reload(runtime, feed);
                waits.add(Duration.between(db.clock().instant(), now.nextFetchAt()));
                db.clock().set(now.nextFetchAt());
            }
            assertThat(waits).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
                    Duration.ofMinutes(40), Duration.ofMinutes(80), Duration.ofMinutes(160), Duration.ofHours(4),
                    Duration.ofHours(4));
            Feed last = reload(runtime, feed);
            assertThat(last.errorCount()).isEqualTo(8);
            assertThat(last.nextFetchReason().text(Language.ENGLISH)).isEqualTo("back-off after 8 errors");
            assertThat(last.lastError().text(Language.ENGLISH)).contains(feed.url()).contains("500");
        }
    }

    @Test
    void everyCorpusFeedParsesOrIsReportedByNameAndNoneStopsThePoll() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".md")
                    && !path.toString().endsWith(".tsv")).sorted().toList();
        }
        try (TestDatabase db = TestDatabase.create();
                FeedServer server = new FeedServer("127.0.0.1", exchange -> {
                    Path file = CORPUS.resolve(exchange.getRequestURI().getPath().substring(1));
                    FeedServer.send(exchange, 200, file.toString().endsWith(".json") ? "application/feed+json" : null,
                            read(file));
                });
                CurationRuntime runtime = runtime(db)) {
            for (Path file : files) {
                runtime.curation().follow(server.url("/" + CORPUS.relativize(file).toString().replace('\\', '/')),
                        null, null);
            }

            FeedPoller.Round round = runtime.poller().pollDue(poll -> { });

            assertThat(round.polled()).isEqualTo(files.size());
            List<Feed> feeds = runtime.curation().listFeeds();
            assertThat(feeds).allSatisfy(feed -> {
                assertThat(feed.lastFetchAt()).isNotNull();
                if (feed.lastError() != null) {
                    assertThat(feed.lastError().text(Language.ENGLISH)).contains(feed.url());
                }
            });
            long readable = feeds.stream().filter(feed -> feed.lastError() == null).count();
            assertThat(readable).as("most corpus feeds are readable").isGreaterThan(files.size() * 8L / 10);
            assertThat(runtime.curation().inbox(InboxQuery.all(1000)).size()).isGreaterThan(200);
        }
    }

    @Test
    void redirectsAndNamesLeadingToPrivateAddressesAreRefused() throws UnknownHostException {
        try (TestDatabase db = TestDatabase.create();
                FeedServer internal = new FeedServer("127.0.0.1", exchange -> FeedServer.send(exchange, 200,
                        "application/rss+xml", rss("internal secret").getBytes(StandardCharsets.UTF_8)));
                FeedServer outlet = new FeedServer("127.0.0.2", exchange -> {
                    exchange.getResponseHeaders().set("Location", internal.url("/feed.xml"));
                    FeedServer.send(exchange, 302, null, new byte[0]);
                })) {
            HostResolver dns = HostResolver.of(Map.of("outlet.example", List.of("127.0.0.2"),
                    "intranet.example", List.of("127.0.0.1")));
            FetchSettings guarded = FetchSettings.forSite(SITE).withResolver(dns)
                    .withAlsoAllowed(Set.of(InetAddress.getByName("127.0.0.2")));
            try (CurationRuntime runtime = runtime(db, guarded)) {
                Feed redirected = runtime.curation().follow("http://outlet.example:" + outlet.port() + "/feed.xml",
                        "Outlet", null);
                Feed named = runtime.curation().follow("http://intranet.example:" + internal.port() + "/feed.xml",
                        "Intranet", null);

                assertThat(runtime.poller().pollDue(poll -> { }).failed()).isEqualTo(2);

                assertThat(internal.requests).as("the private server never sees a request").isEmpty();
                assertThat(outlet.requests).hasSize(1);
                assertThat(reload(runtime, redirected).lastError().text(Language.ENGLISH)).contains(redirected.url())
                        .contains("refused");
                assertThat(reload(runtime, named).lastError().text(Language.ENGLISH)).contains(named.url())
                        .contains("refused");
                assertThat(runtime.curation().inbox(InboxQuery.all(10))).isEmpty();
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
