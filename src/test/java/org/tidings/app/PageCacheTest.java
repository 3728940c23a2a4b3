package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.testing.RunningSite;

class PageCacheTest {
    private static final Instant PUBLISHED = Instant.parse("2024-03-05T10:00:00Z");
    private static final String POST = "/2024/03/05/aid-group-opens-a-clinic/";
    private static final List<String> PUBLIC_PAGES = List.of("/", "/page/2/", POST, "/category/refugees/",
            "/category/resettlement/", "/tag/winter/", "/author/min-ji-park/", "/source/harbour-daily/", "/2024/",
            "/2024/03/");
    private RunningSite site;
    private long postId;

    @BeforeEach
    void start() {
        site = RunningSite.start();
        site.app().content().terms().findOrCreateCategory("Resettlement", "Refugees", "");
        postId = site.app().content().create(post("Aid group opens a clinic", PUBLISHED), Actor.COMMAND_LINE);
        for (int i = 1; i <= 10; i++) {
            site.app().content().create(post("Older story " + i, PUBLISHED.minusSeconds(3600L * i)),
                    Actor.COMMAND_LINE);
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void everyPublicPageCarriesValidatorsAndMayBeKeptByACdn() {
        for (String path : PUBLIC_PAGES) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).as(path).hasValueSatisfying(v -> assertThat(v).matches("\"[A-Za-z0-9_-]{27}\""));
            assertThat(response.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(v -> assertThat(v).matches("public, max-age=\\d+.*"));
            assertThat(response.headers().firstValue("Vary")).as(path).hasValueSatisfying(v -> assertThat(v).matches(".*Accept-Encoding.*"));
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
    }

    @Test
    void aRepeatedRequestWithTheETagGets304WithoutBody() {
        for (String path : PUBLIC_PAGES) {
            String etag = site.get(path).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = send(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
        }
    }

    @Test
    void aRepeatedRequestWithTheDateGets304() {
        String lastModified = site.get("/").headers().firstValue("Last-Modified").orElseThrow();
        assertThat(send("/", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(send("/", "If-Modified-Since", "Thu, 01 Jan 2004 00:00:00 GMT").statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeAnswers200WithANewETagToTheSameValidators() {
        HttpResponse<String> before = site.get(POST);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
        site.app().content().update(postId, post("Aid group opens a second clinic", PUBLISHED), Actor.COMMAND_LINE);

        HttpResponse<String> byETag = send(POST, "If-None-Match", etag);
        assertThat(byETag.statusCode()).isEqualTo(200);
        assertThat(byETag.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(Jsoup.parse(byETag.body()).select("h1").text()).isEqualTo("Aid group opens a second clinic");
        assertThat(send(POST, "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
    }

    @Test
    void anEditShowsOnTheNextRequestOfEveryPageThatShowsThePost() {
        List<String> pages = List.of("/", POST, "/category/refugees/");
        pages.forEach(path -> assertThat(titles(path)).as(path).contains("Aid group opens a clinic"));

        site.app().content().update(postId, post("Aid group closes its clinic", PUBLISHED), Actor.COMMAND_LINE);

        pages.forEach(path -> assertThat(titles(path)).as(path)
                .contains("Aid group closes its clinic").doesNotContain("Aid group opens a clinic"));
    }

    @Test
    void anUnpublishedPostLeavesEveryPageOnTheNextRequest() {
        assertThat(titles("/")).contains("Aid group opens a clinic");
        assertThat(site.get(POST).statusCode()).isEqualTo(200);

        site.app().content().unpublish(postId);

        assertThat(titles("/")).doesNotContain("Aid group opens a clinic");
        assertThat(titles("/category/refugees/")).doesNotContain("Aid group opens a clinic");
        assertThat(site.get(POST).statusCode()).isEqualTo(404);
    }

    @Test
    void aDeletedPostLeavesEveryPageOnTheNextRequest() {
        assertThat(titles("/category/refugees/")).contains("Aid group opens a clinic");
        assertThat(site.get(POST).statusCode()).isEqualTo(200);

        site.app().content().delete(postId);

        assertThat(titles("/")).doesNotContain("Aid group opens a clinic");
        assertThat(titles("/category/refugees/")).doesNotContain("Aid group opens a clinic");
        assertThat(site.get(POST).statusCode()).isEqualTo(404);
    }

    @Test
    void aChangeMadeAroundTheContentServiceStillShowsOnTheNextRequest() {
        assertThat(site.page("/category/refugees/").select(".listing-header p").text()).isEmpty();

        site.app().content().terms().findOrCreateCategory("Refugees", null, "Life after escape.");

        assertThat(site.page("/category/refugees/").select(".listing-header p").text()).isEqualTo("Life after escape.");
    }

    @Test
    void gzipIsServedWhenAskedAndHoldsTheSamePage() throws IOException {
        HttpResponse<String> plain = site.get("/");
        HttpResponse<byte[]> zipped = sendBytes("/", "Accept-Encoding", "gzip, deflate");

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
        assertThat(zipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length / 2);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(sendBytes("/", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void headAnswersTheHeadersOfGetWithoutABody() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> head = site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + POST))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).matches("text/html.*"));
            assertThat(head.headers().firstValue("ETag")).isEqualTo(site.get(POST).headers().firstValue("ETag"));
        }
    }

    @Test
    void aReaderWithACookieGetsAPrivatePageThatNoCacheKeeps() {
        HttpResponse<String> response = send("/", "Cookie", "tidings_session=abc");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(titles("/")).contains("Aid group opens a clinic");
    }

    @Test
    void unknownPathsAreNotCached() {
        HttpResponse<String> response = site.get("/category/no-such-category/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("ETag")).isEmpty();
    }

    private List<String> titles(String path) {
        Document page = site.page(path);
        return page.select("article h1, article h2").eachText();
    }

    private HttpResponse<String> send(String path, String header, String value) {
        return site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).header(header, value).build());
    }

    private HttpResponse<byte[]> sendBytes(String path, String header, String value) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).header(header, value).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static PostInput post(String title, Instant published) {
        return new PostInput(title, "",
                HtmlSanitizer.sanitize("<p>Staff said the number of people asking for help had grown steadily over the "
                + "past year, and that most of them arrived with little more than the clothes they wore.</p>"), null,
                        "", new Publication(PostStatus.PUBLISHED, published, false), "Min-ji Park", "Harbour Daily",
                                null, List.of("Resettlement"), List.of("winter"), null);
    }
}
