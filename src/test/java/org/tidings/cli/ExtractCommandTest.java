package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings extract} end to end, against a real HTTP server on 127.0.0.1. */
class ExtractCommandTest {
    private static final String STORY = "<!doctype html><html lang=\"en\"><head><title>Defectors arrive in Seoul after a "
            + "long journey | Example News</title><meta name=\"author\" content=\"Kim Ji-won\">"
            + "<meta property=\"article:published_time\" content=\"2024-05-14T09:30:00+09:00\">"
            + "<link rel=\"canonical\" href=\"https://news.example.org/2024/05/defectors.html\"></head><body>"
            + "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
            + ("<p>The ministry said on Tuesday that the group of defectors, who crossed the border in April, had "
            + "arrived safely, according to officials familiar with the matter.</p>").repeat(5)
            + "<figure><img src=\"https://cdn.example.org/photo.jpg\"><figcaption>At the border.</figcaption></figure>"
            + "</article><div class=\"comments\"><p>A reader's comment, not part of the story.</p></div></body></html>";

    @TempDir
    Path folder;

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            try (exchange) {
                switch (exchange.getRequestURI().getPath()) {
                    case "/story" -> {
                        byte[] body = STORY.getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                    case "/moved" -> {
                        exchange.getResponseHeaders().set("Location", "/story");
                        exchange.sendResponseHeaders(301, -1);
                    }
                    default -> exchange.sendResponseHeaders(404, -1);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void printsTheArticleOfAFetchedPageAsJson() throws IOException {
        CommandRun run = run("extract", url("/moved"), "--allow-private-fetch", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode article = new ObjectMapper().readTree(run.out());
        assertThat(article.path("title").asText()).isEqualTo("Defectors arrive in Seoul after a long journey");
        assertThat(article.path("byline").asText()).isEqualTo("Kim Ji-won");
        assertThat(article.path("published").asText()).isEqualTo("2024-05-14T00:30:00Z");
        assertThat(article.path("lang").asText()).isEqualTo("en");
        assertThat(article.path("url").asText()).isEqualTo("https://news.example.org/2024/05/defectors.html");
        assertThat(article.path("text").asText()).contains("The ministry said on Tuesday", "At the border.")
                .doesNotContain("Home", "reader's comment");
        assertThat(article.path("html").asText()).contains("<p>The ministry said").doesNotContain("<img", "cdn.example.org");
        assertThat(requested).containsExactly("/moved", "/story");
    }

    @Test
    void refusesLoopbackAddressesUnlessAllowed() {
        CommandRun run = run("extract", url("/story"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("tidings: could not fetch " + url("/story") + ": ");
        assertThat(run.out()).isEmpty();
        assertThat(requested).isEmpty();
    }

    @Test
    void saysWhyAPageCouldNotBeFetched() {
        CommandRun run = run("extract", url("/gone"), "--allow-private-fetch");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("404");
    }

    @Test
    void readsASavedPageAndPrintsTheMetadataAboveTheText() throws IOException {
        Path saved = Files.writeString(folder.resolve("page.html"), STORY);

        CommandRun run = run("extract", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Title:     Defectors arrive in Seoul after a long journey\n"
                + "Byline:    Kim Ji-won\nPublished: 2024-05-14T00:30:00Z\nLanguage:  en\n"
                + "URL:       https://news.example.org/2024/05/defectors.html\n\nThe ministry said on Tuesday");
    }

    @Test
    void somethingThatIsNeitherAnAddressNorAFileIsABadArgument() {
        CommandRun run = run("extract", folder.resolve("missing.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("tidings: ").contains("neither an http(s) address nor a file");
    }

    @Test
    void aPageWithoutArticleTextSaysSo() throws IOException {
        Path saved = Files.writeString(folder.resolve("empty.html"), "<html><head><title>Empty</title></head><body></body></html>");

        CommandRun run = run("extract", saved.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Title:     Empty");
        assertThat(run.err()).contains("found no article text");
    }
}
