package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Debian's Universal Feed Parser ({@code python3-feedparser}) reads every RSS and Atom feed
 * without complaint ({@code bozo} 0). Its version 6.0 has no JSON Feed reader, so JSON feeds go
 * through Python's own strict JSON parser instead.
 */
class UniversalFeedParserTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String FEEDPARSER = """
            import feedparser, sys
            d = feedparser.parse(sys.argv[1])
            print(int(d.bozo), d.get("version", ""), repr(d.get("bozo_exception", "")))
            for entry in d.entries:
                print(entry.title)
            """;
    private static final String JSON = """
            import json, sys, urllib.request
            with urllib.request.urlopen(sys.argv[1]) as response:
                feed = json.loads(response.read().decode("utf-8"))
            print(0, feed["version"], "")
            for item in feed["items"]:
                print(item["title"])
            """;
    private static FeedSite site;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(run("import feedparser", List.of()).getFirst().equals("ok"),
                "/usr/bin/python3 lacks feedparser (apt-get install python3-feedparser; CI installs it)");
        site = new FeedSite();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyRssAndAtomFeedReadsWithoutComplaint() {
        for (String scope : FeedSite.SCOPES) {
            List<String> rss = run(FEEDPARSER, List.of(site.baseUrl() + scope + "feed/"));
            List<String> atom = run(FEEDPARSER, List.of(site.baseUrl() + scope + "feed/atom/"));
            assertThat(rss.getFirst()).as(scope + " RSS").startsWith("0 rss20 ");
            assertThat(atom.getFirst()).as(scope + " Atom").startsWith("0 atom10 ");
            assertThat(rss.subList(1, rss.size())).as(scope).isNotEmpty().isEqualTo(atom.subList(1, atom.size()));
        }
    }

    @Test
    void titlesComeThroughIntactWhateverTheirCharacters() {
        List<String> rss = run(FEEDPARSER, List.of(site.baseUrl() + "/feed/"));
        List<String> atom = run(FEEDPARSER, List.of(site.baseUrl() + "/feed/atom/"));
        List<String> json = run(JSON, List.of(site.baseUrl() + "/feed/json/"));
        List<String> titles = List.of(FeedSite.DATED_TITLE, FeedSite.KOREAN_TITLE, FeedSite.UNDATED_TITLE);
        assertThat(rss.subList(1, rss.size())).isEqualTo(titles);
        assertThat(atom.subList(1, atom.size())).isEqualTo(titles);
        assertThat(json.getFirst()).isEqualTo("0 https://jsonfeed.org/version/1.1 ");
        assertThat(json.subList(1, json.size())).isEqualTo(titles);
    }

    /** Runs a Python script and returns its output lines; "ok" alone when it printed nothing and exited 0. */
    private static List<String> run(String script, List<String> args) {
        if (!Files.isExecutable(PYTHON)) {
            return List.of("no python");
        }
        try {
            List<String> command = new java.util.ArrayList<>(List.of(PYTHON.toString(), "-c", script));
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("python did not finish: " + script);
            }
            if (process.exitValue() != 0) {
                return List.of("failed: " + output);
            }
            return output.isEmpty() ? List.of("ok") : output.lines().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot run python", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
