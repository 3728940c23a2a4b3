package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tidings.Tidings;
import org.tidings.content.Actor;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;
import org.tidings.testing.Waiting;
import picocli.CommandLine;

/** {@code import text} into the data of a running server: its readers see the posts within a second. */
class ImportWhileServingTest {
    private static final Path FIXTURE = Path.of("../shared/fixtures/archive-category-north-korean-refugee.txt");

    @Test
    void postsImportedWhileTheServerRunsAreListedAndFound() {
        Assumptions.assumeTrue(Files.exists(FIXTURE), "../shared is not beside the project");
        try (RunningSite site = RunningSite.start()) {
            // A server in its stride: the first post after start-up waits for the analysis to load.
            site.app().content().create(Posts.published("Warm-up", "Nothing to see."), Actor.COMMAND_LINE);
            assertThat(site.page("/search/?q=warm").select("main article")).hasSize(1);
            CommandLine cli = Tidings.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            int exit = cli.execute(TestStore.command("import", "text", FIXTURE.toString(), "--data",
                    site.dataDir().toString()));
            assertThat(exit).isZero();
            Waiting.until("imported posts listed", () -> listed(site));
            Waiting.until("imported posts found by search", () -> found(site));
        }
    }

    private static boolean listed(RunningSite site) {
        return site.page("/category/north-korean-refugee/").select("main article").size() == 10;
    }

    private static boolean found(RunningSite site) {
        List<String> titles = site.page("/search/?q=refugees").select("main article h2").eachText();
        return !titles.isEmpty();
    }

}
