package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.EditablePost;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.store.AdminPostFilter;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/** Work is not lost: drafts autosave, and a form sent after the session ended is kept to save after a new login. */
class EditorWorkKeptTest {
    private static final TestClock clock = TestClock.atNow();
    private static final AdminPostFilter EVERYTHING = new AdminPostFilter(null, null, null, null, null, null);
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.start(clock);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void autosaveCreatesADraftThenUpdatesItAndAnswersWhereItLives() {
        AdminClient writer = AdminClient.loggedIn(site, "auto", Role.CONTRIBUTOR);
        Map<String, String> form = EditorForms.with(EditorForms.post("Half writ", "published"), "body", "First lines");
        form.remove("save");
        HttpResponse<String> first = writer.submit("/admin/posts/new/autosave/", form);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        String editorPath = first.body().replaceAll("^.*\"editor\":\"([^\"]+)\".*$", "$1");
        long id = Long.parseLong(editorPath.replaceAll("\\D", ""));
        assertThat(editorPath).isEqualTo("/admin/posts/" + id + "/");
        EditablePost saved = site.app().stores().editor().editable(id).orElseThrow();
        assertThat(saved.post().status()).as("autosave never publishes").isEqualTo(PostStatus.DRAFT);
        assertThat(saved.markdown()).isEqualTo("First lines");

        writer.submit(editorPath + "autosave/", EditorForms.with(form, "body", "First lines and more"));
        assertThat(site.app().stores().editor().editable(id).orElseThrow().markdown()).isEqualTo("First lines and more");
        assertThat(writer.post(editorPath + "autosave/", EditorForms.with(form, "body", "forged")).statusCode())
                .as("no token").isEqualTo(403);
        AdminClient stranger = AdminClient.loggedIn(site, "stranger", Role.CONTRIBUTOR);
        assertThat(stranger.submit(editorPath + "autosave/", form).statusCode()).as("another's post").isEqualTo(404);
        assertThat(new AdminClient(site).post(editorPath + "autosave/", form).statusCode()).isEqualTo(403);
        assertThat(site.app().stores().editor().editable(id).orElseThrow().markdown()).isEqualTo("First lines and more");
    }

    @Test
    void autosaveLeavesAPublishedPostAlone() {
        AdminClient editor = AdminClient.loggedIn(site, "chief", Role.EDITOR);
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Live story", "published")));
        Document edit = editor.page("/admin/posts/" + id + "/");
        assertThat(edit.selectFirst("form.editor").hasAttr("data-autosave")).isFalse();
        HttpResponse<String> answer = editor.submit("/admin/posts/" + id + "/autosave/",
                EditorForms.with(EditorForms.post("Live story", "draft"), "body", "Half-typed change"));
        assertThat(answer.statusCode()).isEqualTo(409);
        EditablePost post = site.app().stores().editor().editable(id).orElseThrow();
        assertThat(post.post().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.markdown()).isEqualTo("Paragraph of **Live story**.");
    }

    @Test
    void aSaveAfterTheSessionEndedKeepsTheTextUntilTheEditorLogsInAgainAndSaves() {
        AdminClient writer = AdminClient.loggedIn(site, "late", Role.EDITOR);
        String staleToken = writer.csrfToken();
        clock.advance(Sessions.IDLE.plusMinutes(1));
        Map<String, String> form = new LinkedHashMap<>(EditorForms.with(EditorForms.post("Long night", "published"),
                "body", "Three hours of typing that must not be lost."));
        form.put("csrf", staleToken);
        int before = site.app().stores().adminPosts().count(EVERYTHING);

        HttpResponse<String> refused = writer.post("/admin/posts/new/", form);
        assertThat(refused.statusCode()).isEqualTo(401);
        Document kept = Jsoup.parse(refused.body());
        HtmlCheck.save("admin-post-kept", refused.body());
        assertThat(kept.select("#kept-body").text()).isEqualTo("Three hours of typing that must not be lost.");
        String next = kept.select("form.login input[name=next]").val();
        assertThat(next).startsWith("/admin/posts/new/kept/");
        assertThat(site.app().stores().adminPosts().count(EVERYTHING))
                .as("nothing saved on the stale request").isEqualTo(before);
        assertThat(new AdminClient(site).get(next).statusCode()).as("another browser, not logged in").isEqualTo(303);
        AdminClient otherBrowser = AdminClient.loggedIn(site, "nosy", Role.EDITOR);
        assertThat(otherBrowser.get(next).statusCode()).as("the address alone opens nothing").isEqualTo(404);

        HttpResponse<String> login = writer.post("/admin/login/", Map.of("csrf", AdminClient.csrfOf(kept),
                "username", "late", "password", AdminClient.PASSWORD, "next", next));
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue(next);
        Document editor = writer.page(next);
        assertThat(editor.select("textarea[name=body]").text()).isEqualTo("Three hours of typing that must not be lost.");
        assertThat(editor.select("input[name=title]").val()).isEqualTo("Long night");
        assertThat(editor.select("p.notice").text()).contains("not saved yet");

        Map<String, String> again = EditorForms.with(EditorForms.post("Long night", "published"), "body",
                editor.select("textarea[name=body]").text());
        long id = EditorForms.savedId(writer.submit(editor.selectFirst("form.editor").attr("action"), again));
        EditablePost saved = site.app().stores().editor().editable(id).orElseThrow();
        assertThat(saved.markdown()).isEqualTo("Three hours of typing that must not be lost.");
        assertThat(saved.post().status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void aStaleTokenWithALiveSessionKeepsTheTextBehindALink() {
        AdminClient writer = AdminClient.loggedIn(site, "twotabs", Role.EDITOR);
        long id = EditorForms.savedId(writer.submit("/admin/posts/new/", EditorForms.post("Two tabs", "draft")));
        Map<String, String> form = EditorForms.with(EditorForms.post("Two tabs", "draft"), "body", "Typed in tab one");
        form.put("csrf", "stale-" + "x".repeat(40));
        HttpResponse<String> refused = writer.post("/admin/posts/" + id + "/", form);
        assertThat(refused.statusCode()).isEqualTo(403);
        String next = Jsoup.parse(refused.body()).select("main a[href*=/kept/]").attr("href");
        assertThat(writer.page(next).select("textarea[name=body]").text()).isEqualTo("Typed in tab one");
        assertThat(site.app().stores().editor().editable(id).orElseThrow().markdown())
                .isEqualTo("Paragraph of **Two tabs**.");
    }
}
