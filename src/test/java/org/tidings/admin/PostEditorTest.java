package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.site.Urls;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** The post editor over HTTP: save, preview, validation, publishing, the audit log, revisions. */
class PostEditorTest {
    private static RunningSite site;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "pat", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aPostWrittenWithACategoryTagsAndAnOutletIsPublishedOnTheSite() {
        long category = site.app().content().terms().create(Taxonomy.CATEGORY, "Refugees", null).orThrow();
        Map<String, String> form = EditorForms.with(EditorForms.post("Clinic opens", "published"), "category",
                String.valueOf(category));
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", form));
        var post = site.app().stores().posts().byId(id).orElseThrow();
        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
        Document page = site.page(Urls.post(post, site.app().site().zone()));
        assertThat(page.select("main").text()).contains("Clinic opens", "Harbour Daily", "Min-ji Park");
        assertThat(page.select("main strong").text()).isEqualTo("Clinic opens");
        assertThat(site.page("/category/refugees/").select("main").text()).contains("Clinic opens");
        assertThat(site.page("/tag/winter/").select("main").text()).contains("Clinic opens");
        assertThat(audited(AuditEvent.POST_PUBLISHED)).contains("post " + id + " \"Clinic opens\"");
        Document edit = editor.page("/admin/posts/" + id + "/?saved");
        assertThat(edit.select("p.notice").text()).isEqualTo("Saved.");
        assertThat(edit.select("input[name=category][checked]").attr("value")).isEqualTo(String.valueOf(category));
        HtmlCheck.save("admin-post-edit", edit.outerHtml());
    }

    @Test
    void previewShowsTheSanitizedBodyInThePublicThemeAndSavesNothing() {
        int before = site.app().stores().adminPosts().count(everything());
        Map<String, String> form = EditorForms.with(EditorForms.post("Previewed", "draft"), "body",
                "Some *emphasis*\n\n<script>alert(1)</script><img src=x alt=\"A chart\" onerror=alert(1)>");
        form.remove("save");
        form.put("preview", "1");
        HttpResponse<String> answer = editor.submit("/admin/posts/new/", form);
        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("article.post .entry em").text()).isEqualTo("emphasis");
        assertThat(page.select("article.post script, article.post [onerror]")).isEmpty();
        assertThat(page.select("article.post .byline").text()).contains("Min-ji Park");
        assertThat(page.select("article.post .source").text()).isEqualTo("[Harbour Daily]");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(answer.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(site.app().stores().adminPosts().count(everything())).isEqualTo(before);
        HtmlCheck.save("admin-post-preview", answer.body());
    }

    @Test
    void aFormWithProblemsIsShownAgainWithEveryValueKept() {
        Map<String, String> form = EditorForms.with(EditorForms.post("", "published"), "source_url", "ftp://nope");
        form = EditorForms.with(form, "body", "A long body I do not want to lose.");
        HttpResponse<String> answer = editor.submit("/admin/posts/new/", form);
        assertThat(answer.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("[role=alert] li")).extracting(e -> e.text())
                .contains("Give the post a title: a draft may be untitled, a published post may not.",
                        "The original article URL must start with http:// or https://.");
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("A long body I do not want to lose.");
        assertThat(page.select("input[name=source]").val()).isEqualTo("Harbour Daily");
        HttpResponse<String> past = editor.submit("/admin/posts/new/",
                EditorForms.with(EditorForms.post("Too late", "scheduled"), "publish_at", "2001-01-01T09:00"));
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(past.body()).select("[role=alert]").text()).contains("has passed");
    }

    @Test
    void unpublishingAndDeletingAreRecordedInTheAuditLog() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Short-lived", "published")));
        String path = Urls.post(site.app().stores().posts().byId(id).orElseThrow(), site.app().site().zone());
        assertThat(site.get(path).statusCode()).isEqualTo(200);
        assertThat(editor.submit("/admin/posts/" + id + "/", EditorForms.post("Short-lived", "draft")).statusCode())
                .isEqualTo(303);
        assertThat(site.get(path).statusCode()).isEqualTo(404);
        assertThat(editor.submit("/admin/posts/" + id + "/delete/", Map.of("confirm", "yes")).statusCode()).isEqualTo(303);
        assertThat(site.app().stores().posts().byId(id)).isEmpty();
        String subject = "post " + id + " \"Short-lived\"";
        assertThat(audited(AuditEvent.POST_PUBLISHED)).containsOnlyOnce(subject);
        assertThat(audited(AuditEvent.POST_UNPUBLISHED)).containsOnlyOnce(subject);
        assertThat(audited(AuditEvent.POST_DELETED)).containsOnlyOnce(subject);
    }

    @Test
    void revisionsAreListedComparedAndRestored() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/",
                EditorForms.with(EditorForms.post("Revised", "draft"), "body", "line one\nline two")));
        editor.submit("/admin/posts/" + id + "/", EditorForms.with(EditorForms.post("Revised twice", "draft"), "body",
                "line one\nline 2"));
        var revisions = site.app().stores().revisions().ofPost(id);
        long older = revisions.get(1).id();
        long newer = revisions.get(0).id();
        Document list = editor.page("/admin/posts/" + id + "/revisions/?from=" + older + "&to=" + newer);
        assertThat(list.select("table.revisions tbody tr")).hasSize(2);
        assertThat(list.select(".body-diff del").text()).isEqualTo("- line two");
        assertThat(list.select(".body-diff ins").text()).isEqualTo("+ line 2");
        assertThat(list.select("table.fields th[scope=row]")).extracting(e -> e.text()).contains("Title");
        HtmlCheck.save("admin-revisions", list.outerHtml());
        assertThat(editor.submit("/admin/posts/" + id + "/revisions/" + older + "/restore/", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(site.app().stores().editor().editable(id).orElseThrow().markdown()).isEqualTo("line one\nline two");
        assertThat(site.app().stores().revisions().ofPost(id)).hasSize(3);
    }

    @Test
    void theSlugIsGeneratedEditableAndKeptUnique() {
        long first = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Same name", "draft")));
        long second = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Same name", "draft")));
        assertThat(site.app().stores().posts().byId(second).orElseThrow().slug()).isEqualTo("same-name-2");
        // Until the post is first published, a slug made from the title is made again from it at each save.
        assertThat(editor.page("/admin/posts/" + second + "/").select("input[name=slug]").val()).isEmpty();
        editor.submit("/admin/posts/" + first + "/", EditorForms.with(EditorForms.post("Same name", "draft"), "slug",
                "Chosen Slug"));
        assertThat(editor.page("/admin/posts/" + first + "/").select("input[name=slug]").val()).isEqualTo("chosen-slug");
    }

    /** The subjects of the audit log's entries of {@code event}, each recorded by this test's editor. */
    private static java.util.List<String> audited(AuditEvent event) {
        return site.app().stores().audit().newest(event.code(), "pat", null, 1000).stream()
                .map(org.tidings.store.AuditEntry::subject).toList();
    }

    private static org.tidings.store.AdminPostFilter everything() {
        return new org.tidings.store.AdminPostFilter(null, null, null, null, null, null);
    }
}
