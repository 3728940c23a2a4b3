package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, what import prints. */
class CommandLineTest {
    private static final Path FIXTURE = Path.of("../shared/fixtures/archive-category-north-korean-refugee.txt");

    @TempDir
    Path dataDir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void everyCommandExplainsItself() {
        for (String[] args : new String[][] {{"--help"}, {"serve", "--help"}, {"import", "--help"},
                {"import", "text", "--help"}}) {
            CommandRun run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage: tidings");
        }
    }

    @Test
    void badArgumentsGiveOneLineAndExitCodeTwo() {
        for (String[] args : new String[][] {{"serve", "--port", "eighty"}, {"serve", "--port", "70000"},
                {"frobnicate"}, {"import", "text"}, {"serve", "--no-such-option"},
                {"serve", "--trusted-proxy", "proxy.example.org"}, {"serve", "--metrics-allow", "monitor.example.org"}}) {
            CommandRun run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.err()).startsWith("tidings: ").contains("--help");
        }
    }

    @Test
    void aMalformedDatabaseUrlIsABadArgumentThatDoesNotRepeatThePassword() {
        for (String url : new String[] {"postgres://editor:hunter2@db.example/news",
                "jdbc:postgresql://db.example?user=editor&password=hunter2",
                "jdbc:postgresql://db.example:port/news?password=hunter2", "jdbc:mysql://db.example/news?password=hunter2"}) {
            CommandRun run = run("user", "list", "--db", url);
            assertThat(run.exitCode()).as(url).isEqualTo(2);
            assertThat(run.err().strip().lines()).as(url).hasSize(1);
            assertThat(run.err()).as(url).startsWith("tidings: Invalid value for option '--db'")
                    .contains("jdbc:postgresql://HOST:PORT/NAME").doesNotContain("hunter2");
        }
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/news?user=editor&password=hunter2&sslmode=disable";
        CommandRun run = run("import", "text", "capture.txt", "--db", url);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("tidings: cannot connect to PostgreSQL jdbc:postgresql://127.0.0.1:" + closedPort
                + "/news?sslmode=disable as editor: Connection to 127.0.0.1:" + closedPort + " refused")
                .doesNotContain("hunter2");
    }

    @Test
    void aPortInUseIsSaidPlainly() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CommandRun run = run("serve", "--data", dataDir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("port " + taken.getLocalPort()).contains("already in use");
        }
    }

    @Test
    void importPrintsWhatItImportedAndWhatItSkipped() {
        Assumptions.assumeTrue(Files.exists(FIXTURE), "../shared/fixtures is not beside the project");
        CommandRun first = run("import", "text", FIXTURE.toString(), "--data", dataDir.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("imported North Korean refugee arrives in U.S. [Yonhap]")
                .contains("10 imported, 0 skipped");
        CommandRun again = run("import", "text", FIXTURE.toString(), "--data", dataDir.toString());
        assertThat(again.out()).contains("skipped  North Korean refugee arrives in U.S. (already imported)")
                .contains("0 imported, 10 skipped");
    }

    @Test
    void importListsEverySkippedPostWithItsReason() throws IOException {
        Path capture = Files.writeString(dataDir.resolve("mixed.txt"), """
                Posted on by

                A body with no title above it.

                A proper title

                Posted on by

                A proper body.

                [Yonhap]
                """);
        CommandRun first = run("import", "text", capture.toString(), "--data", dataDir.toString());
        assertThat(first.out()).contains("  skipped  line 1: a post without a title\n",
                "  imported A proper title [Yonhap]\n", "1 imported, 1 skipped");
        CommandRun again = run("import", "text", capture.toString(), "--data", dataDir.toString());
        assertThat(again.out()).contains("  skipped  line 1: a post without a title\n",
                "  skipped  A proper title (already imported)\n", "0 imported, 2 skipped");
    }

    @Test
    void aBrokenFileFailsAloneWithItsReason() throws IOException {
        Path empty = Files.writeString(dataDir.resolve("empty.txt"), "");
        Path good = Files.writeString(dataDir.resolve("good.txt"), "A title\nPosted on by\nA body.\n[Yonhap]\n");
        CommandRun run = run("import", "text", empty.toString(), good.toString(), "--data", dataDir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt: the file is empty; nothing was imported from it");
        assertThat(run.out()).contains("1 imported, 0 skipped");
    }
}
