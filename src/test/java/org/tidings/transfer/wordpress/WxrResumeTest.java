package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.Tidings;
import org.tidings.content.ContentService;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import org.tidings.testing.MovableClock;
import org.tidings.testing.TestDatabase;
import org.tidings.testing.TestStore;
import org.tidings.transfer.wordpress.WxrReport.Kind;
import org.tidings.transfer.wordpress.WxrReport.Outcome;

/**
 * An import killed (SIGKILL) at random points and run again ends exactly as one that ran through;
 * a third run adds nothing, and equal titles stay separate posts.
 */
class WxrResumeTest {
    private static final int POSTS = 600;

    @TempDir
    Path temp;

    @Test
    void killedAtRandomAndRunAgainEndsAsAnUninterruptedImport() throws Exception {
        Path file = SyntheticWxr.write(temp.resolve("site.xml"), POSTS);
        List<String> expected;
        try (TestDatabase whole = TestDatabase.create()) {
            WxrImporter importer = new WxrImporter(whole.content(), ZoneId.of("UTC"));
            WxrReport report = importer.importFile(file, importer.check(file), n -> { });
            assertThat(report.total(Kind.POSTS)).isEqualTo(POSTS);
            assertThat(WxrImportTest.count(whole, "SELECT COUNT(*) FROM posts")).as("equal titles are not merged")
                    .isEqualTo(POSTS);
            assertThat(WxrImportTest.count(whole, "SELECT COUNT(DISTINCT title) FROM posts")).isEqualTo(97);
            assertThat(WxrImportTest.text(whole, "SELECT q.title FROM pages p JOIN pages q ON q.id = p.parent_id"))
                    .as("a page listed before its parent gets it").isEqualTo("About");
            expected = ImportedDump.of(whole.stores().database());
            assertThat(expected).as("old slugs become redirects").anyMatch(line -> line.matches(
                    "redirect\\|/\\d{4}/old-report-\\d+/\\|/\\d{4}/\\d{2}/\\d{2}/border-report-\\d+/"));
        }

        Path data = temp.resolve("killed");
        Random random = new Random();
        int killed = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            killed += runAndKill(file, data, random.nextInt(1500)) ? 1 : 0;
        }
        try (Database database = TestStore.open(data)) {
            ContentService content = new ContentService(Stores.over(database), new MovableClock());
            WxrImporter importer = new WxrImporter(content, ZoneId.of("UTC"));
            importer.importFile(file, importer.check(file), n -> { });
            assertThat(ImportedDump.of(database)).as("after %d kills", killed).isEqualTo(expected);

            WxrReport again = importer.importFile(file, importer.check(file), n -> { });
            assertThat(again.count(Kind.POSTS, Outcome.UNCHANGED)).isEqualTo(POSTS);
            assertThat(ImportedDump.of(database)).isEqualTo(expected);
        }
    }

    /** Runs {@code import wxr} as its own process and kills it {@code millis} after it starts importing; whether it was still running. */
    private static boolean runAndKill(Path file, Path data, int millis) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Tidings.class.getName()));
        command.addAll(List.of(TestStore.command("import", "wxr", file.toString(), "--data", data.toString())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = output.readLine()) != null; ) {
            if (line.startsWith("WXR ")) {
                break;
            }
        }
        Thread.ofVirtual().start(() -> output.lines().forEach(rest -> { }));
        boolean finished = process.waitFor(millis, TimeUnit.MILLISECONDS);
        process.destroyForcibly().waitFor();
        return !finished;
    }
}
