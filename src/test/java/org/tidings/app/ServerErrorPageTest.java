package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tidings.store.Database;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;

class ServerErrorPageTest {
    @Test
    void aFaultOnOurSideGivesAPageThatShowsNoInternals() {
        try (RunningSite site = RunningSite.start()) {
            // A database that lost its posts table: the home page cannot be drawn.
            try (Database database = TestStore.open(site.dataDir())) {
                database.jdbi().useHandle(sql -> sql.execute("ALTER TABLE posts RENAME TO posts_lost"));
            }
            HttpResponse<String> answer = site.get("/");
            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
            Document page = Jsoup.parse(answer.body());
            HtmlCheck.save("server-error", answer.body());
            assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
            assertThat(page.select("main a").attr("href")).isEqualTo("/");
            assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sqlite").doesNotContainIgnoringCase("postgres")
                    .doesNotContain("no such table").doesNotContain("posts_lost");
            assertThat(site.get("/").statusCode()).as("not cached").isEqualTo(500);
        }
    }
}
