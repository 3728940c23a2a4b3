package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/**
 * The editor's layout (text left, publishing at the top of the side panel), problems at their
 * fields, untitled drafts, the preview in the public theme, and the links between a post's
 * editor and its public page, over HTTP.
 */
class EditorLayoutAndLinksTest {
    private static RunningSite site;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "layla", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void theSidePanelPutsPublishingFirstThenSourceCategoriesTagsBylineAndExcerpt() {
        Document page = editor.page("/admin/posts/new/");
        Element text = page.selectFirst("form.editor > .editor-text");
        Element panel = page.selectFirst("form.editor > .editor-panel");
        assertThat(text.select("#title, #body")).hasSize(2);
        List<String> order = panel.select("#status, #source, #source_url, input[name=category], .categories, #tags, "
                + "#byline, #excerpt").stream().map(e -> e.id().isEmpty() ? e.className() : e.id()).toList();
        assertThat(order).containsSubsequence("status", "source", "source_url", "panel-box categories", "tags",
                "byline", "excerpt");
        assertThat(panel.select(".actions button[name=save]")).extracting(b -> b.attr("value"))
                .containsExactly("published", "scheduled", "draft");
        assertThat(panel.select(".actions button[name=save]")).extracting(Element::text)
                .containsExactly("Publish", "Schedule", "Save draft");
        // Enter in a field saves keeping the status: the form's first button is neither Publish nor Insert image.
        assertThat(page.selectFirst("form.editor button[type=submit]").attr("value")).isEqualTo("draft");
        assertThat(page.select("script[src=/assets/editor.js]")).hasSize(1);
        assertThat(page.selectFirst("form.editor").attr("data-autosave")).isEqualTo("/admin/posts/new/autosave/");
        HtmlCheck.save("admin-post-edit-new", page.outerHtml());
    }

    @Test
    void problemsAreMarkedAtTheirFieldsAndTheSummaryLinksToThem() {
        Map<String, String> form = EditorForms.with(EditorForms.post("", "published"), "source_url", "ftp://nope");
        HttpResponse<String> answer = editor.submit("/admin/posts/new/", form);
        assertThat(answer.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(answer.body());
        Element title = page.getElementById("title");
        assertThat(title.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(title.attr("aria-describedby")).text()).contains("Give the post a title");
        Element url = page.getElementById("source_url");
        assertThat(url.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(url.attr("aria-describedby")).text()).contains("http:// or https://");
        assertThat(page.getElementById("source").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("#problems a")).extracting(a -> a.attr("href")).containsExactly("#title", "#source_url");
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("Paragraph of ****.");
        HtmlCheck.save("admin-post-edit-problems", answer.body());
    }

    @Test
    void aDraftMayBeUntitledAndGetsItsSlugFromTheTitleWhenPublished() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("", "draft")));
        assertThat(site.app().stores().posts().byId(id).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(editor.page("/admin/posts/").select("table.posts td.title a[href=/admin/posts/" + id + "/]").text())
                .isEqualTo("(untitled)");
        assertThat(editor.submit("/admin/posts/" + id + "/", EditorForms.post("", "published")).statusCode())
                .isEqualTo(422);
        editor.submit("/admin/posts/" + id + "/", EditorForms.post("Found a title later", "published"));
        assertThat(site.app().stores().posts().byId(id).orElseThrow().slug()).isEqualTo("found-a-title-later");
    }

    @Test
    void aSavedDraftIsPreviewedInThePublicThemeOnlyByThoseWhoMayOpenIt() {
        long category = site.app().content().terms().create(Taxonomy.CATEGORY, "Resettlement", null).orThrow();
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/",
                EditorForms.with(EditorForms.post("Quiet draft", "draft"), "category", String.valueOf(category))));
        Document edit = editor.page("/admin/posts/" + id + "/");
        assertThat(edit.select("a.view-link").attr("href")).isEqualTo("/admin/posts/" + id + "/preview/");

        HttpResponse<String> preview = editor.get("/admin/posts/" + id + "/preview/");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        Document page = Jsoup.parse(preview.body());
        assertThat(page.select("link[href=/assets/site.css]")).hasSize(1);
        assertThat(page.select("article.post h1").text()).isEqualTo("Quiet draft");
        assertThat(page.select("article.post .byline").text()).contains("Min-ji Park");
        assertThat(page.select("article.post .source").text()).isEqualTo("[Harbour Daily]");
        assertThat(page.select("article.post .meta").text()).contains("Resettlement");
        assertThat(page.select(".preview-banner a").attr("href")).isEqualTo("/admin/posts/" + id + "/");
        HtmlCheck.save("admin-post-preview-saved", preview.body());

        var post = site.app().stores().posts().byId(id).orElseThrow();
        assertThat(site.get(Urls.post(post, site.app().site().zone())).statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = new AdminClient(site).get("/admin/posts/" + id + "/preview/");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.body()).doesNotContain("Quiet draft");
        AdminClient other = AdminClient.loggedIn(site, "otto", Role.CONTRIBUTOR);
        assertThat(other.get("/admin/posts/" + id + "/preview/").statusCode()).isEqualTo(404);
    }

    @Test
    void aPublishedPostAndItsEditorLinkToEachOther() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Linked both ways", "published")));
        String address = Urls.post(site.app().stores().posts().byId(id).orElseThrow(), site.app().site().zone());
        assertThat(editor.page("/admin/posts/" + id + "/").select("a.view-link").attr("href")).isEqualTo(address);

        Document publicPage = site.page(address);
        Element edit = publicPage.selectFirst(".edit-post");
        assertThat(edit.hasAttr("hidden")).as("hidden for readers; edit-link.js shows it to editors").isTrue();
        assertThat(publicPage.select("script[src=/assets/edit-link.js]")).hasSize(1);
        String editorOfAddress = edit.selectFirst("a").attr("href");
        HttpResponse<String> followed = editor.get(editorOfAddress);
        assertThat(followed.statusCode()).isEqualTo(303);
        assertThat(followed.headers().firstValue("Location")).hasValue("/admin/posts/" + id + "/");
        assertThat(new AdminClient(site).get(editorOfAddress).headers().firstValue("Location").orElseThrow())
                .startsWith("/admin/login/");
        assertThat(site.get("/assets/edit-link.js").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/javascript");
    }

    @Test
    void loggingInSetsTheEditLinkMarkerWhichHoldsNoSecretAndLoggingOutClearsIt() {
        AdminClient client = AdminClient.loggedIn(site, "marker", Role.CONTRIBUTOR);
        var marker = client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(Sessions.EDITOR_MARKER)).findFirst().orElseThrow();
        assertThat(marker.getValue()).isEqualTo("1");
        assertThat(marker.isHttpOnly()).isFalse();
        client.submit("/admin/logout/", Map.of());
        assertThat(client.cookies().getCookieStore().getCookies())
                .noneMatch(c -> c.getName().equals(Sessions.EDITOR_MARKER));
    }
}
