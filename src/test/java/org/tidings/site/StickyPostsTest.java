package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.content.PostDetails;
import org.tidings.testing.TestDatabase;

/** A sticky post (WordPress's "stick to the front page") heads the home page; archives stay by date. */
class StickyPostsTest {
    private static final Site SITE = new Site("Test site", "", "https://news.example", ZoneOffset.UTC);

    @Test
    void theHomePagePinsStickyPostsAndArchivesKeepTheirOrder() {
        try (TestDatabase database = TestDatabase.create()) {
            long oldest = publish(database.content(), "Story 1", day(2026, 3, 1), "", "", null, List.of("Refugees"),
                    List.of());
            for (int i = 2; i <= 12; i++) {
                publish(database.content(), "Story " + i, day(2026, 3, i), "", "", null, List.of("Refugees"), List.of());
            }
            database.content().setSticky(oldest, true);
            Archives archives = new Archives(database.stores(), SITE);
            ListingPages pages = new ListingPages(database.stores().posts());

            assertThat(titles(pages.page(archives.home(), 1).orElseThrow().posts()))
                    .startsWith("Story 1", "Story 12", "Story 11").hasSize(10);
            assertThat(titles(pages.page(archives.home(), 2).orElseThrow().posts()))
                    .containsExactly("Story 3", "Story 2");
            assertThat(titles(pages.page(archives.find(ListingKind.CATEGORY, "refugees").orElseThrow(), 1)
                    .orElseThrow().posts())).startsWith("Story 12", "Story 11");
        }
    }

    private static List<String> titles(List<PostDetails> posts) {
        return posts.stream().map(details -> details.post().title()).toList();
    }
}
