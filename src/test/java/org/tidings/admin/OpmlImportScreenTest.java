package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** An OPML import on the Feeds screen says what it followed and names each feed it skipped with the reason. */
class OpmlImportScreenTest {
    private static final String OPML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>Beat</title></head><body>
            <outline text="Border Radio" type="rss" xmlUrl="https://border-radio.example/feed.xml"/>
            <outline text="Old gopher" type="rss" xmlUrl="gopher://old.example/feed"/>
            </body></opml>
            """;

    @Test
    void theImportListsEverySkippedFeedWithItsReasonAndASecondRunFollowsNothingNew() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient editor = AdminClient.loggedIn(site, "curator", Role.EDITOR);
            Document first = imported(editor);
            HtmlCheck.save("admin-feeds-opml-imported", first.outerHtml());
            assertThat(first.select(".notice p").text()).isEqualTo("OPML import: 1 feed(s) followed, 1 skipped.");
            assertThat(first.select(".opml-skipped li").eachText()).containsExactly(
                    "gopher://old.example/feed: gopher://old.example/feed is not an http or https address of a feed.");
            assertThat(first.select(".feed-list td").eachText()).contains("Border Radio");

            Document again = imported(editor);
            assertThat(again.select(".notice p").text()).isEqualTo("OPML import: 0 feed(s) followed, 2 skipped.");
            assertThat(again.select(".opml-skipped li").eachText()).contains(
                    "https://border-radio.example/feed.xml: The feed https://border-radio.example/feed.xml is followed"
                            + " already.");
            assertThat(site.app().inbox().curation().listFeeds()).hasSize(1);
        }
    }

    private static Document imported(AdminClient editor) {
        HttpResponse<String> answer = editor.upload("/admin/feeds/import/", Map.of(), "opml", "beat.opml",
                OPML.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }
}
