package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.testing.RunningSite;

class AssetsTest {
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aStylesheetIsServedAsTheFileWithADaysCaching() throws IOException {
        HttpResponse<String> css = site.get("/assets/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.body()).isEqualTo(Files.readString(Path.of("src/main/resources/public/site.css")));
        assertThat(site.get("/assets/favicon.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }

    @Test
    void aReaderWithTheFileGets304AndOneAskingForGzipGetsItSmaller() throws Exception {
        String etag = site.get("/assets/admin.css").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = site.send(request("/assets/admin.css").header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        HttpResponse<InputStream> gzipped = HttpClient.newHttpClient().send(
                request("/assets/site.css").header("Accept-Encoding", "gzip").build(), BodyHandlers.ofInputStream());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(gzipped.body())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("src/main/resources/public/site.css")));
        }
    }

    @Test
    void unknownOrUnsafeNamesGetTheNotFoundPage() {
        for (String path : new String[] {"/assets/missing.css", "/assets/site.js", "/assets/..%2Ftidings.db",
                "/assets/.hidden.css", "/assets/"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<html");
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(site.baseUrl() + path));
    }
}
