package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tidings.Tidings;
import org.tidings.content.Actor;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;
import picocli.CommandLine;

class ReindexCommandTest {

    @Test
    void rebuildsTheIndexFromTheDatabaseAndCanRunAgain() throws Exception {
        Path data;
        try (RunningSite site = RunningSite.start()) {
            site.app().content().create(Posts.published("Ferry timetable changes", "Boats leave earlier in winter."),
                    Actor.COMMAND_LINE);
            data = site.dataDir();
        }
        Files.createDirectories(data.resolve("index.new")); // left over from an interrupted run
        Files.writeString(data.resolve("index.new/leftover"), "half-written");
        for (int run = 0; run < 2; run++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream previous = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = Tidings.commandLine().execute(TestStore.command("reindex", "--data", data.toString()));
            } finally {
                System.setOut(previous);
            }
            assertThat(exit).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Indexed 1 published posts");
        }
        assertThat(data.resolve("index.new")).doesNotExist();
        try (RunningSite site = RunningSite.over(data)) {
            assertThat(site.page("/search/?q=ferry").select("main article h2").eachText())
                    .containsExactly("Ferry timetable changes");
        }
    }

    @Test
    void refusesWhileAServerUsesTheIndex() {
        try (RunningSite site = RunningSite.start()) {
            CommandLine cli = Tidings.commandLine();
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(TestStore.command("reindex", "--data", site.dataDir().toString()));
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).contains("in use by a running Tidings server");
            site.app().content().create(Posts.published("Still searchable", "The index was left alone."),
                    Actor.COMMAND_LINE);
            assertThat(site.page("/search/?q=searchable").select("main article")).hasSize(1);
        }
    }
}
