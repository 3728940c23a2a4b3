package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;

class SearchPaginationTest {
    @Test
    void resultsComeTenToAPageWithLinksBetweenPages() {
        try (RunningSite site = RunningSite.start()) {
            for (int i = 1; i <= 25; i++) {
                site.app().content().create(Posts.published("Harvest report " + i, "The harvest was poor in county " + i,
                        null, List.of(), Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i)), Actor.COMMAND_LINE);
            }
            List<String> seen = new ArrayList<>();
            Document page = site.page("/search/?q=harvest");
            assertThat(page.select(".search-summary").text()).startsWith("25 posts match");
            for (int n = 1; n <= 3; n++) {
                assertThat(page.select("main article")).hasSize(n < 3 ? 10 : 5);
                assertThat(page.select(".pagination span").text()).isEqualTo("Page " + n + " of 3");
                seen.addAll(page.select("main article h2").eachText());
                String next = page.select(".pagination a[rel=next]").attr("href");
                if (n < 3) {
                    assertThat(next).isEqualTo("/search/?q=harvest&page=" + (n + 1));
                    page = site.page(next);
                } else {
                    assertThat(next).isEmpty();
                    assertThat(page.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/search/?q=harvest&page=2");
                }
            }
            assertThat(seen).doesNotHaveDuplicates().hasSize(25);
            assertThat(site.page("/search/?q=harvest&page=9").select(".search-note").text()).contains("no more results");
        }
    }
}
