package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.testing.RunningSite;

/** Feed readers, crawlers and link checkers ask with HEAD: they get GET's answer without its body. */
class HeadRequestsTest {
    private static final List<String> PATHS = List.of("/feed/", "/feed/atom/", "/feed/json/",
            "/category/refugees/feed/", "/sitemap.xml", "/robots.txt", "/", "/assets/site.css");
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.withDemo();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> head(String path) {
        return site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void headGivesTheStatusTypeAndLengthOfGetWithoutTheBody() {
        for (String path : PATHS) {
            HttpResponse<String> before = head(path);
            HttpResponse<String> get = site.get(path);
            HttpResponse<String> after = head(path);
            assertThat(get.statusCode()).as(path).isEqualTo(200);
            for (HttpResponse<String> head : List.of(before, after)) {
                assertThat(head.statusCode()).as(path).isEqualTo(200);
                assertThat(head.body()).as(path).isEmpty();
                assertThat(head.headers().firstValue("Content-Type")).as(path)
                        .isEqualTo(get.headers().firstValue("Content-Type"));
                assertThat(head.headers().firstValue("Content-Length")).as(path)
                        .hasValue(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
            }
        }
    }

    @Test
    void headOnAnOldFeedAddressIsSentOnLikeGet() {
        HttpResponse<String> head = head("/feed/rss2/");
        assertThat(head.statusCode()).isEqualTo(301);
        assertThat(head.headers().firstValue("Location")).isEqualTo(site.get("/feed/rss2/").headers().firstValue("Location"));
    }
}
