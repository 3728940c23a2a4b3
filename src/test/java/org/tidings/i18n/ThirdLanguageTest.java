package org.tidings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tidings.Tidings;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;
import org.tidings.testing.Waiting;

/**
 * A deployer adds German by putting one file, {@code i18n/messages_de.properties}, in a folder on the server's
 * class path, and changes nothing else: the settings screen offers Deutsch, and a site set to it speaks German.
 * (An Esperanto bundle beside it forgot its {@code language.name}: it is still listed under its own name.)
 * The server runs as its own process so that the bundle is on its class path only, as in a deployment.
 */
class ThirdLanguageTest {
    /** The deployer's bundle: a few words translated; every other key falls back to the English base. */
    private static final String GERMAN = """
            language.name=Deutsch
            site.search.button=Suchen
            admin.settings.language.label=Sprache der Website
            date.day=d. MMMM uuuu
            site.post.byline.date_author=Von {1}, am {0}
            """;

    @Test
    void aBundleOnTheClassPathIsALanguageTheSiteCanSpeak() throws Exception {
        Path extra = Files.createTempDirectory("tidings-extra-bundles");
        Files.createDirectories(extra.resolve("i18n"));
        Files.writeString(extra.resolve("i18n/messages_de.properties"), GERMAN, StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("i18n/messages_eo.properties"), "site.search.button=Serĉi\n", StandardCharsets.UTF_8);
        Path data = Files.createTempDirectory("tidings-german");
        Process server = serve(data, extra);
        try (RunningSite besides = RunningSite.besides(data)) {
            String baseUrl = baseUrlOf(server);
            besides.app().admin().accounts().create(Actor.COMMAND_LINE, "root", Role.ADMIN, AdminClient.PASSWORD);
            besides.app().content().create(Posts.published("Border town market reopens", "Traders came back.", null,
                    List.of("Markets"), Instant.parse("2026-03-01T09:00:00Z")), Actor.COMMAND_LINE);
            AdminClient admin = new AdminClient(baseUrl);
            assertThat(admin.logIn("root", AdminClient.PASSWORD).statusCode()).as("login").isEqualTo(303);

            Element deutsch = admin.page("/admin/settings/").selectFirst("#site_language option[value=de]");
            assertThat(deutsch).as("the settings screen offers the new language").isNotNull();
            assertThat(deutsch.text()).isEqualTo("Deutsch");
            assertThat(deutsch.attr("lang")).isEqualTo("de");
            assertThat(admin.page("/admin/settings/").select("#site_language option[value=eo]").text())
                    .as("a bundle without language.name: the name Java knows, not the base's \"English\"")
                    .isEqualTo(Locale.forLanguageTag("eo").getDisplayLanguage(Locale.forLanguageTag("eo")));

            Document settings = admin.page("/admin/settings/");
            assertThat(admin.post("/admin/settings/", Map.of("csrf", AdminClient.csrfOf(settings),
                    "site_language", "de")).statusCode()).isEqualTo(303);
            Document german = admin.page("/admin/settings/");
            assertThat(german.selectFirst("html").attr("lang")).isEqualTo("de");
            assertThat(german.select("label[for=site_language]").text()).isEqualTo("Sprache der Website");
            assertThat(german.select("#site_language option[selected]").text()).isEqualTo("Deutsch");

            Waiting.until("the post is on the German node", () -> admin.page("/").select("main .byline").size() == 1);
            Document home = admin.page("/");
            assertThat(home.selectFirst("html").attr("lang")).isEqualTo("de");
            assertThat(home.select("form[role=search] button").text()).isEqualTo("Suchen");
            assertThat(home.select("main .byline").first().text()).isEqualTo("Von Desk, am 1. März 2026");
            assertThat(home.select("a.more").first().ownText()).as("a key the bundle lacks: English, not an error")
                    .isEqualTo("Continue reading");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** {@code Tidings serve} in a JVM whose class path is the project's plus {@code extra}, as a deployer adds it. */
    private static Process serve(Path data, Path extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path") + File.pathSeparator + extra, Tidings.class.getName()));
        command.addAll(List.of(TestStore.command("serve", "--data", data.toString(), "--port", "0")));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The address the server says it serves at, once it does; the rest of its output is drained. */
    private static String baseUrlOf(Process server) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; (line = output.readLine()) != null; ) {
            seen.add(line);
            if (line.startsWith("Tidings is serving ")) {
                Thread.ofVirtual().start(() -> output.lines().forEach(rest -> { }));
                return line.substring("Tidings is serving ".length()).split("/ ", 2)[0];
            }
        }
        throw new AssertionError("the server stopped before serving: " + seen);
    }
}
