package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.Tidings;
import org.tidings.testing.Postgres;

/**
 * The commands as an operator runs them on PostgreSQL: {@code --db} (or {@code TIDINGS_DB_URL})
 * sends every write to the database it names, never to a SQLite file, and nothing shows its password.
 */
class PostgresCommandsTest {
    private static final Path FIXTURE = Path.of("../shared/fixtures/archive-category-north-korean-refugee.txt");
    private static final String PASSWORD = "hunter2-not-shown";

    @TempDir
    Path data;

    @Test
    void userAddImportAndServeAllUseTheDatabaseNamedByDb() throws Exception {
        Assumptions.assumeTrue(Files.exists(FIXTURE), "../shared/fixtures is not beside the project");
        // The test server trusts local connections, so any password gets in: what matters is that none is shown.
        String url = Postgres.freshDatabase() + "&password=" + PASSWORD;

        String added = run("user", "add", "night-editor", "--role", "editor", "--data", data.toString(), "--db", url);
        assertThat(added).contains("One-time password for night-editor");
        String imported = run("import", "text", FIXTURE.toString(), "--data", data.toString(), "--db", url);
        assertThat(imported).contains("10 imported, 0 skipped");

        List<String> output = new ArrayList<>();
        Process server = tidings(List.of("serve", "--data", data.toString(), "--db", url, "--port", "0"), null);
        var serverOutput = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        try {
            String baseUrl = servingAddress(serverOutput, output);
            var page = Jsoup.parse(get(baseUrl + "/category/north-korean-refugee/"));
            assertThat(page.select("main article")).hasSize(10);
        } finally {
            server.toHandle().destroy(); // unlike Process.destroy, leaves its output to read
            server.waitFor(30, TimeUnit.SECONDS);
        }
        serverOutput.lines().forEach(output::add);
        Process list = tidings(List.of("user", "list", "--data", data.toString()), url);
        output.addAll(new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        assertThat(list.waitFor()).isZero();

        assertThat(output).anySatisfy(line -> assertThat(line).contains("from PostgreSQL jdbc:postgresql://"))
                .anySatisfy(line -> assertThat(line).containsPattern("night-editor\\s+editor"))
                .noneSatisfy(line -> assertThat(line).contains(PASSWORD));
        assertThat(added + imported).doesNotContain(PASSWORD);
        assertThat(data.resolve("tidings.db")).doesNotExist();
        assertThat(data.resolve("index")).isDirectory();
    }

    /** Runs a command in this JVM and returns what it printed. */
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        try {
            // Before the command line is made: it writes to the System.out it finds then.
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cli = Tidings.commandLine();
            cli.setErr(new PrintWriter(out, true, StandardCharsets.UTF_8));
            assertThat(cli.execute(args)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(previous);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Starts {@code tidings ARGS} as its own process, with {@code TIDINGS_DB_URL} set when {@code dbUrl} is not null. */
    private static Process tidings(List<String> args, String dbUrl) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Tidings.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("TIDINGS_DB_URL");
        if (dbUrl != null) {
            builder.environment().put("TIDINGS_DB_URL", dbUrl);
        }
        return builder.start();
    }

    private static String servingAddress(BufferedReader lines, List<String> output) throws IOException {
        Pattern serving = Pattern.compile("Tidings is serving (\\S+)/ ");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            output.add(line);
            Matcher matcher = serving.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("serve stopped before serving: " + output);
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
