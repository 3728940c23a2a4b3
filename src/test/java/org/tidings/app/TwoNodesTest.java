package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tidings.Tidings;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.PostStatus;
import org.tidings.content.PublishScheduler;
import org.tidings.content.Taxonomy;
import org.tidings.store.LeaseStore;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;
import org.tidings.testing.Waiting;

/**
 * Two servers on one database serve one site: what one node writes, the other shows by itself. How soon (the
 * target is a second) is measured by {@code bench/Propagation.java}, not asserted here.
 */
class TwoNodesTest {
    @Test
    void whatNodeAWritesNodeBShowsInPagesAndSearch() {
        try (RunningSite a = RunningSite.start(); RunningSite b = RunningSite.besides(a.dataDir())) {
            ContentService content = a.app().content();
            long id = content.create(Posts.published("Border town market reopens", "Traders came back.", null,
                    List.of("Markets"), Instant.parse("2026-03-01T09:00:00Z")), Actor.COMMAND_LINE);
            Waiting.until("published on node B", () -> titles(b, "/").contains("Border town market reopens")
                    && titles(b, "/search/?q=traders").contains("Border town market reopens"));

            var input = Posts.published("Border town market stays open", "Traders came back.", null,
                    List.of("Markets"), Instant.parse("2026-03-01T09:00:00Z"));
            content.update(id, input, Actor.COMMAND_LINE);
            Waiting.until("edited on node B", () -> titles(b, "/").contains("Border town market stays open")
                    && titles(b, "/search/?q=stays").contains("Border town market stays open"));

            long markets = a.app().stores().categories().bySlug("markets").orElseThrow().id();
            content.terms().rename(Taxonomy.CATEGORY, markets, "Trade", "trade");
            Waiting.until("category renamed on node B", () -> b.get("/category/trade/").statusCode() == 200
                    && b.get("/category/markets/").statusCode() == 301
                    && titles(b, "/search/?q=trade").contains("Border town market stays open"));

            content.saveSettings(Map.of("site.title", "Northern Desk"));
            Waiting.until("site renamed on node B", () -> b.page("/").title().contains("Northern Desk"));

            content.unpublish(id);
            Waiting.until("unpublished on node B",
                    () -> titles(b, "/").isEmpty() && titles(b, "/search/?q=traders").isEmpty());
        }
    }

    @Test
    void aPostScheduledWhileTheLeaseHolderDiesGoesLiveOnceOnTheOtherNode() throws Exception {
        Path aData = Files.createTempDirectory("tidings-node-a");
        Process a = serve(aData);
        try (RunningSite b = RunningSite.besides(aData)) {
            LeaseStore leases = new LeaseStore(b.app().stores().database());
            String aName = "/" + a.pid() + "/";
            Waiting.until("node A holds the scheduler's lease", Duration.ofSeconds(30),
                    () -> leases.holder(PublishScheduler.LEASE).orElse("").contains(aName));
            ContentService content = b.app().content();
            long id = content.create(Posts.draft("Curfew lifted", "Shops reopen at night."), Actor.COMMAND_LINE);
            Instant when = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
            content.schedule(id, when);
            a.destroyForcibly(); // kill -9: A gives nothing up
            assertThat(a.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(b.app().stores().posts().byId(id).orElseThrow().status()).as("not yet due when A died")
                    .isEqualTo(PostStatus.SCHEDULED);

            Waiting.until("the post is live on node B", () -> titles(b, "/").contains("Curfew lifted"));
            var post = b.app().stores().posts().byId(id).orElseThrow();
            assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(post.publishedAt()).isEqualTo(when);
            // The page shows the post as the publish commits, a moment before the scheduler counts it.
            Waiting.until("node B's scheduler counts the post", () -> b.app().scheduler().published() >= 1);
            assertThat(b.app().scheduler().published()).as("published by node B, once").isEqualTo(1);
            assertThat(leases.holder(PublishScheduler.LEASE).orElseThrow()).doesNotContain(aName);
        } finally {
            a.destroyForcibly();
        }
    }

    /** Node A as its own process, so that it can die as a machine does. */
    private static Process serve(Path dataDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Tidings.class.getName()));
        command.addAll(List.of(TestStore.command("serve", "--data", dataDir.toString(), "--port", "0")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; (line = output.readLine()) != null; ) {
            seen.add(line);
            if (line.startsWith("Tidings is serving")) {
                Thread.ofVirtual().start(() -> output.lines().forEach(rest -> { }));
                return process;
            }
        }
        throw new AssertionError("node A stopped before serving: " + seen);
    }

    private static List<String> titles(RunningSite site, String path) {
        return site.page(path).select("main article h2").eachText();
    }
}
