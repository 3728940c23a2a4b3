package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tidings.search.SearchIndex;
import org.tidings.store.Database;
import org.tidings.store.DatabaseConfig;
import org.tidings.store.Stores;
import org.tidings.testing.RunningSite;

/** /healthz says the process lives; /readyz says whether it can serve readers, and why not. */
class ProbesTest {
    private static HttpResponse<String> head(RunningSite site, String path) {
        return site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void aRunningServerIsAliveAndReady() {
        try (RunningSite site = RunningSite.start()) {
            for (String path : new String[] {"/healthz", "/readyz"}) {
                HttpResponse<String> answer = site.get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/plain");
                assertThat(answer.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
                HttpResponse<String> headAnswer = head(site, path);
                assertThat(headAnswer.statusCode()).as(path).isEqualTo(200);
                assertThat(headAnswer.body()).as(path).isEmpty();
            }
            assertThat(site.get("/healthz").body()).isEqualTo("ok\n");
            assertThat(site.get("/readyz").body()).isEqualTo("ready\n");
        }
    }

    @Test
    void withoutItsDatabaseTheServerIsAliveButNotReady() {
        try (RunningSite site = RunningSite.start()) {
            assertThat(site.get("/readyz").statusCode()).isEqualTo(200);
            site.app().stores().database().close();
            HttpResponse<String> ready = site.get("/readyz");
            assertThat(ready.statusCode()).as("asked again, not answered from a cache").isEqualTo(503);
            assertThat(ready.body()).isEqualTo("database unreachable\n");
            assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutItsSearchIndexTheServerIsNotReady() {
        try (RunningSite site = RunningSite.start()) {
            site.app().search().close();
            HttpResponse<String> ready = site.get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).isEqualTo("search index not ready\n");
        }
    }

    @Test
    void aStoppedPostgresqlIsFoundWithinSeconds() throws Exception {
        Path folder = Files.createTempDirectory("tidings-index");
        // A server of its own, since this test stops it.
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        try (Database database = Database.open(DatabaseConfig.postgres(server.getJdbcUrl("postgres", "postgres")));
                SearchIndex search = SearchIndex.open(folder, Stores.over(database).posts(), database.changeLog())) {
            Readiness readiness = new Readiness(database, search);
            assertThat(readiness.problem()).isEmpty();
            server.close();
            Instant asked = Instant.now();
            assertThat(readiness.problem()).hasValue("database unreachable");
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(4));
        } finally {
            server.close();
        }
    }
}
