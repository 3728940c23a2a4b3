package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.Markdown;
import org.tidings.content.Role;
import org.tidings.content.SafeHtml;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;
import org.tidings.testing.XssPayloads;
import org.tidings.transfer.ImportOutcome;
import org.tidings.transfer.TextArchiveImporter;

/** Every way a body gets in stores exactly what the sanitizer made of it, however hostile the input. */
class SafeBodiesTest {
    private static final String HOSTILE = """
            <p onclick="steal()">Aid <b>arrives</b><script>alert(1)</script>
            <a href="javascript:alert(1)">call</a> <img src=x onerror=alert(1) alt="A chart">
            <iframe src="https://evil.example/"></iframe><style>body{display:none}</style></p>""";
    private static RunningSite site;
    private static AdminClient editor;

    @TempDir
    static Path files;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "sanitary", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void onlyTheSanitizerMakesSafeHtml() {
        assertThat(Modifier.isFinal(SafeHtml.class.getModifiers())).isTrue();
        assertThat(SafeHtml.class.getConstructors()).as("public constructors").isEmpty();
        assertThat(SafeHtml.class.getDeclaredConstructors()).allSatisfy(c -> assertThat(
                Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())).isFalse());
    }

    @Test
    void theEditorStoresWhatTheSanitizerMadeOfPastedHtml() {
        for (String payload : payloads()) {
            long id = save(payload, "html");
            String stored = storedBody(id);
            assertThat(stored).as(payload).isEqualTo(HtmlSanitizer.sanitize(payload).html());
            assertThat(XssPayloads.danger(stored)).as(payload).isNull();
        }
    }

    @Test
    void theEditorStoresWhatTheSanitizerMadeOfMarkdown() {
        for (String payload : payloads()) {
            String markdown = "Some *text*\n\n" + payload + "\n\n[call](javascript:alert(1))";
            long id = save(markdown, "markdown");
            String stored = storedBody(id);
            assertThat(stored).as(payload).isEqualTo(Markdown.toSafeHtml(markdown).html());
            assertThat(XssPayloads.danger(stored)).as(payload).isNull();
        }
    }

    @Test
    void theTextImportStoresOnlySanitizedHtml() throws IOException {
        Path capture = Files.writeString(files.resolve("hostile.txt"), "A hostile capture\nPosted on by\n\n"
                + HOSTILE.replace('\n', ' ') + "\n\n- <script>alert(2)</script>\n\n[Reuters]\n");
        var report = new TextArchiveImporter(site.app().content(), ZoneOffset.UTC).importFile(capture, null, o -> { });
        ImportOutcome.Imported imported = report.imported().getFirst();
        String stored = storedBody(imported.id());
        assertThat(stored).isEqualTo(HtmlSanitizer.sanitize(stored).html());
        assertThat(XssPayloads.danger(stored)).isNull();
        assertThat(stored).doesNotContain("<script", "<iframe", "onerror=").contains("&lt;script&gt;");
    }

    private static List<String> payloads() {
        List<String> shared = XssPayloads.all();
        return List.of(HOSTILE, shared.get(0), shared.get(shared.size() / 2), shared.getLast());
    }

    private static long save(String body, String format) {
        Map<String, String> form = EditorForms.with(EditorForms.with(EditorForms.post("Payload", "draft"),
                "body", body), "format", format);
        return EditorForms.savedId(editor.submit("/admin/posts/new/", form));
    }

    private static String storedBody(long id) {
        return site.app().stores().posts().byId(id).orElseThrow().bodyHtml();
    }
}
