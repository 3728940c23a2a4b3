package org.tidings.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;
import org.tidings.testing.Waiting;

class SearchIndexLifecycleTest {

    private static List<String> titles(RunningSite site, String query) {
        return site.page("/search/?q=" + query).select("main article h2").eachText();
    }

    @Test
    void everyChangeThroughTheContentServiceIsSearchableAtOnce() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            long id = content.create(Posts.draft("Lighthouse keeper retires", "After forty years at sea."),
                    Actor.COMMAND_LINE);
            assertThat(titles(site, "lighthouse")).isEmpty();

            content.publish(id);
            assertThat(titles(site, "lighthouse")).containsExactly("Lighthouse keeper retires");

            content.update(id, Posts.published("Harbour pilot retires", "After forty years at sea."),
                    Actor.COMMAND_LINE);
            assertThat(titles(site, "lighthouse")).isEmpty();
            assertThat(titles(site, "harbour")).containsExactly("Harbour pilot retires");

            content.unpublish(id);
            assertThat(titles(site, "harbour")).isEmpty();

            content.publish(id);
            assertThat(titles(site, "harbour")).containsExactly("Harbour pilot retires");
            content.delete(id);
            assertThat(titles(site, "harbour")).isEmpty();
        }
    }

    @Test
    void aDeletedIndexIsRebuiltAtStartUp() throws IOException {
        Path data = siteWithOnePost();
        deleteTree(data.resolve("index"));
        try (RunningSite site = RunningSite.over(data)) {
            assertThat(titles(site, "glacier")).containsExactly("Glacier survey published");
        }
    }

    @Test
    void aCorruptedIndexIsRebuiltAtStartUp() throws IOException {
        Path data = siteWithOnePost();
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = bytes.length / 2; i < bytes.length; i++) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(file, bytes);
            }
        }
        try (RunningSite site = RunningSite.over(data)) {
            assertThat(titles(site, "glacier")).containsExactly("Glacier survey published");
        }
    }

    @Test
    void postsAddedWhileNoServerRanAreFoundAfterTheNextStart() {
        Path data = siteWithOnePost();
        try (Database database = TestStore.open(data)) {
            // As the command-line import does: through the content service, with no index listening.
            new ContentService(Stores.over(database), Clock.systemUTC())
                    .create(Posts.published("Avalanche warning issued", "Snow fell for three days."),
                            Actor.COMMAND_LINE);
        }
        try (RunningSite site = RunningSite.over(data)) {
            assertThat(titles(site, "avalanche")).containsExactly("Avalanche warning issued");
            assertThat(titles(site, "glacier")).containsExactly("Glacier survey published");
        }
    }

    @Test
    void postsAddedByAnotherProcessWhileTheServerRunsAreFound() {
        try (RunningSite site = RunningSite.start()) {
            site.app().content().create(Posts.published("Glacier survey published", "The ice retreated again."),
                    Actor.COMMAND_LINE);
            try (Database database = TestStore.open(site.dataDir())) {
                new ContentService(Stores.over(database), Clock.systemUTC())
                        .create(Posts.published("Avalanche warning issued", "Snow fell for three days."),
                                Actor.COMMAND_LINE);
            }
            Waiting.until("the other process's post found", () -> !titles(site, "avalanche").isEmpty());
            assertThat(titles(site, "avalanche")).containsExactly("Avalanche warning issued");
            assertThat(titles(site, "glacier")).containsExactly("Glacier survey published");
        }
    }


    private static Path siteWithOnePost() {
        try (RunningSite site = RunningSite.start()) {
            site.app().content().create(Posts.published("Glacier survey published", "The ice retreated again."),
                    Actor.COMMAND_LINE);
            assertThat(titles(site, "glacier")).hasSize(1);
            return site.dataDir();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
