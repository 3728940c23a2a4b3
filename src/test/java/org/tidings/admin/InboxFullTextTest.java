package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.Role;
import org.tidings.curation.Curation;
import org.tidings.curation.Feed;
import org.tidings.curation.FeedItem;
import org.tidings.curation.InboxQuery;
import org.tidings.curation.feed.ParsedFeed;
import org.tidings.curation.feed.ParsedItem;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/**
 * Full text on demand: from an item's draft screen the editor fetches the original article (a
 * page served on 127.0.0.1, the site started as with --allow-private-fetch); its paragraphs replace
 * the feed's one-line summary, and its rel=canonical address becomes the item's. A page that cannot
 * be fetched is refused with a message, and the item keeps what it had.
 */
class InboxFullTextTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static HttpServer outlet;
    private static RunningSite site;
    private static AdminClient editor;
    private static Curation curation;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        outlet = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + outlet.getAddress().getPort();
        outlet.createContext("/news/defectors", exchange -> answer(exchange, article()));
        outlet.createContext("/news/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        outlet.start();
        site = RunningSite.fetchingPrivate();
        editor = AdminClient.loggedIn(site, "curator", Role.EDITOR);
        curation = site.app().inbox().curation();
        Feed feed = curation.follow(base + "/rss.xml", "Harbour Daily", base + "/");
        curation.saveFetched(feed, new ParsedFeed("News", null, List.of(
                item(base + "/news/defectors?utm_source=rss", "Five defectors reach Seoul by boat"),
                item(base + "/news/gone", "A page that is gone")), null));
    }

    @AfterAll
    static void stop() {
        site.close();
        outlet.stop(0);
    }

    @Test
    void theArticlesParagraphsCanBeTickedAndItsCanonicalAddressIsKept() {
        FeedItem item = byTitle("Five defectors");
        String draft = "/admin/inbox/" + item.id() + "/draft/";
        assertThat(paragraphs(editor.page(draft))).containsExactly("Five defectors reached Seoul by boat.");

        HttpResponse<String> fetched = editor.submit("/admin/inbox/" + item.id() + "/full-text/", Map.of());

        assertThat(fetched.statusCode()).isEqualTo(303);
        Document screen = editor.page(draft);
        HtmlCheck.save("admin-inbox-draft-full-text", screen.outerHtml());
        assertThat(paragraphs(screen)).hasSize(4)
                .contains("The unification ministry said the five had asked to stay in the South.")
                .noneMatch(text -> text.contains("Subscribe"));
        assertThat(curation.item(item.id()).orElseThrow().url()).isEqualTo(base + "/news/defectors-boat");
    }

    @Test
    void aPageThatCannotBeFetchedIsRefusedWithAMessageAndChangesNothing() {
        FeedItem item = byTitle("A page that is gone");

        HttpResponse<String> refused = editor.submit("/admin/inbox/" + item.id() + "/full-text/", Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select("p.error").text()).contains(base + "/news/gone");
        assertThat(curation.item(item.id()).orElseThrow().contentHtml()).isEqualTo(item.contentHtml());
    }

    @Test
    void fetchingNeedsTheToken() {
        FeedItem item = byTitle("Five defectors");
        assertThat(editor.post("/admin/inbox/" + item.id() + "/full-text/", Map.of()).statusCode())
                .isEqualTo(403);
    }

    private static List<String> paragraphs(Document screen) {
        return screen.select("form.inbox-draft p.paragraph label").eachText();
    }

    private static FeedItem byTitle(String start) {
        return curation.inbox(InboxQuery.all(10)).stream().filter(item -> item.title().startsWith(start))
                .findFirst().orElseThrow();
    }

    private static ParsedItem item(String url, String title) {
        String summary = title.startsWith("Five") ? "<p>Five defectors reached Seoul by boat.</p>" : "<p>Nothing.</p>";
        return new ParsedItem(url, url, title, HtmlSanitizer.sanitize(summary), HtmlSanitizer.sanitize(""), null,
                NOW.minus(10, ChronoUnit.MINUTES), null, null, List.of());
    }

    private static String article() {
        return """
                <!DOCTYPE html><html lang="en"><head><title>Five defectors reach Seoul by boat | Harbour Daily</title>
                <link rel="canonical" href="%s/news/defectors-boat"></head><body>
                <nav><a href="/">Home</a> <a href="/world/">World</a></nav>
                <article><h1>Five defectors reach Seoul by boat</h1>
                <p>Five North Korean defectors reached Seoul by boat on Tuesday after crossing the sea border at night, officials said.</p>
                <p>The group, three men and two women, was spotted by a fishing boat off the west coast early in the morning.</p>
                <p>The unification ministry said the five had asked to stay in the South.</p>
                <p>It was the third such crossing this year, according to figures released by the ministry last month.</p>
                </article>
                <aside><p>Subscribe to our newsletter for more news.</p></aside>
                </body></html>""".formatted(base);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
