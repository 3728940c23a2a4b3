package org.tidings.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Taxonomy;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;

/** Renaming, merging and deleting categories and outlets changes which words find their posts. */
class TermChangesSearchTest {
    private static final Instant DAY = Instant.parse("2024-05-01T09:00:00Z");

    private static List<String> titles(RunningSite site, String query) {
        return site.page("/search/?q=" + query).select("main article h2").eachText();
    }

    @Test
    void aRenamedMergedOrDeletedCategoryIsFoundByItsNewNameOnly() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            content.create(Posts.published("Border crossing reopens", "Traders returned.", null, List.of("Logistics"),
                    DAY), Actor.COMMAND_LINE);
            content.create(Posts.published("Rice prices fall", "Markets were calm.", null, List.of("Markets"), DAY),
                    Actor.COMMAND_LINE);
            long logistics = categoryId(site, "logistics");

            content.terms().rename(Taxonomy.CATEGORY, logistics, "Freight", "");
            assertThat(titles(site, "freight")).containsExactly("Border crossing reopens");
            assertThat(titles(site, "logistics")).isEmpty();

            long cargo = content.terms().create(Taxonomy.CATEGORY, "Cargo", null).orThrow();
            content.terms().merge(Taxonomy.CATEGORY, logistics, cargo);
            assertThat(titles(site, "cargo")).containsExactly("Border crossing reopens");
            assertThat(titles(site, "freight")).isEmpty();

            content.terms().delete(Taxonomy.CATEGORY, cargo);
            assertThat(titles(site, "cargo")).isEmpty();
            assertThat(titles(site, "border")).containsExactly("Border crossing reopens");
            assertThat(titles(site, "markets")).containsExactly("Rice prices fall");
        }
    }

    @Test
    void aRenamedOutletIsFoundByItsNewName() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            content.create(Posts.published("Flood warning issued", "Rivers rose.", "Valley Courier", List.of(), DAY),
                    Actor.COMMAND_LINE);
            long outlet = site.app().stores().sources().bySlug("valley-courier").orElseThrow().id();
            content.terms().rename(Taxonomy.SOURCE, outlet, "Hill Gazette", "");
            assertThat(titles(site, "gazette")).containsExactly("Flood warning issued");
            assertThat(titles(site, "courier")).isEmpty();
        }
    }

    @Test
    void renamingACategoryOfManyPostsIsSearchableByItsNewNameShortlyAfter() throws InterruptedException {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            int many = SearchIndex.APPLIED_AT_ONCE + 20;
            for (int i = 0; i < many; i++) {
                content.create(Posts.published("Report " + i, "Rain all week.", null, List.of("Weather"), DAY),
                        Actor.COMMAND_LINE);
            }
            content.terms().rename(Taxonomy.CATEGORY, categoryId(site, "weather"), "Climate", "");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!titles(site, "weather").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(titles(site, "weather")).isEmpty();
            assertThat(site.page("/search/?q=climate").select("main").text()).contains(many + " ");
        }
    }

    @Test
    void aRenameMadeWhileNoServerRanIsAppliedAtTheNextStartFromWhereTheIndexStopped() {
        Path data;
        try (RunningSite site = RunningSite.start()) {
            site.app().content().create(Posts.published("Report 1", "Rain all week.", null, List.of("Weather"), DAY),
                    Actor.COMMAND_LINE);
            data = site.dataDir();
        }
        // The index recorded the last change it holds; the rename comes after it in the change log.
        try (Database database = TestStore.open(data)) {
            Stores stores = Stores.over(database);
            ContentService offline = new ContentService(stores, Clock.systemUTC());
            long weather = stores.categories().bySlug("weather").orElseThrow().id();
            offline.terms().rename(Taxonomy.CATEGORY, weather, "Climate", "");
        }
        try (RunningSite site = RunningSite.over(data)) {
            assertThat(titles(site, "climate")).containsExactly("Report 1");
            assertThat(titles(site, "weather")).isEmpty();
        }
    }

    private static long categoryId(RunningSite site, String slug) {
        return site.app().stores().categories().bySlug(slug).orElseThrow().id();
    }
}
