package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Markdown;
import org.tidings.content.PostInput;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.content.Term;
import org.tidings.store.AuditEntry;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** Deleting a post or a term asks first: the Delete buttons lead to a page that names it, and only its form deletes. */
class DeleteConfirmationTest {
    private static RunningSite site;
    private static AdminClient editor;
    private static AdminClient alice;
    private static AdminClient bob;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "della", Role.EDITOR);
        alice = AdminClient.loggedIn(site, "alice", Role.CONTRIBUTOR);
        bob = AdminClient.loggedIn(site, "bob", Role.CONTRIBUTOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void theEditPagesDeleteButtonAsksFirstAndOnlyTheConfirmationDeletes() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Harbour fire", "published")));
        Element button = deleteForm(editor.page("/admin/posts/" + id + "/")).selectFirst("button");
        assertThat(button.text()).isEqualTo("Delete this post…");
        HttpResponse<String> asked = send(editor, deleteForm(editor.page("/admin/posts/" + id + "/")));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(site.app().stores().posts().byId(id)).isPresent();
        Document question = Jsoup.parse(asked.body(), site.baseUrl());
        HtmlCheck.save("admin-delete-post", question.outerHtml());
        assertThat(question.select("html").attr("lang")).isEqualTo("en");
        assertThat(question.select("h1").text()).isEqualTo("Delete this post?");
        assertThat(question.select("main .subject strong").text()).isEqualTo("Harbour fire");
        assertThat(question.select("main .consequences li").eachText())
                .anySatisfy(line -> assertThat(line).startsWith("It is published").contains("/harbour-fire/"));
        assertThat(question.select("main a.cancel").attr("href")).isEqualTo("/admin/posts/" + id + "/");
        assertThat(question.select("main a.cancel").text()).isEqualTo("Cancel");
        Element confirm = question.selectFirst("form.confirm");
        assertThat(confirm.attr("action")).isEqualTo("/admin/posts/" + id + "/delete/");
        assertThat(confirm.select("input[name=confirm]").val()).isEqualTo("yes");
        assertThat(confirm.select("button").text()).isEqualTo("Delete");

        HttpResponse<String> deleted = send(editor, confirm);
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).hasValue("/admin/posts/");
        assertThat(site.app().stores().posts().byId(id)).isEmpty();
        assertThat(audited(AuditEvent.POST_DELETED)).containsOnlyOnce("post " + id + " \"Harbour fire\"");
    }

    @Test
    void askingTwiceDeletesNothingAndRecordsNothing() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Asked twice", "draft")));
        for (int i = 0; i < 2; i++) {
            assertThat(editor.submit("/admin/posts/" + id + "/delete/", Map.of()).statusCode()).isEqualTo(200);
        }
        assertThat(editor.submit("/admin/posts/" + id + "/delete/", Map.of("confirm", "no")).statusCode())
                .isEqualTo(200);
        assertThat(site.app().stores().posts().byId(id).orElseThrow().title()).isEqualTo("Asked twice");
        assertThat(audited(AuditEvent.POST_DELETED)).noneMatch(subject -> subject.startsWith("post " + id + " "));
    }

    @Test
    void aContributorNeverSeesTheQuestionForAnothersPostNorForTheirOwnPublishedOne() {
        long id = EditorForms.savedId(alice.submit("/admin/posts/new/", EditorForms.post("Alice's notes", "draft")));
        HttpResponse<String> answer = bob.submit("/admin/posts/" + id + "/delete/", Map.of());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("Alice's notes");
        assertThat(bob.submit("/admin/posts/" + id + "/delete/", Map.of("confirm", "yes")).statusCode()).isEqualTo(404);
        assertThat(alice.submit("/admin/posts/" + id + "/delete/", Map.of()).statusCode()).isEqualTo(200);
        assertThat(site.app().stores().posts().byId(id)).isPresent();

        long published = EditorForms.savedId(alice.submit("/admin/posts/new/", EditorForms.post("Alice's news", "pending")));
        editor.submit("/admin/posts/" + published + "/", EditorForms.post("Alice's news", "published"));
        assertThat(alice.submit("/admin/posts/" + published + "/delete/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(site.app().stores().posts().byId(published)).isPresent();
    }

    @Test
    void withoutTheCsrfTokenNeitherStepWorks() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Guarded story", "draft")));
        long tag = site.app().content().terms().create(Taxonomy.TAG, "guarded", null).orThrow();
        for (String path : List.of("/admin/posts/" + id + "/delete/", "/admin/tags/" + tag + "/delete/")) {
            assertThat(editor.post(path, Map.of()).statusCode()).as(path).isEqualTo(403);
            assertThat(editor.post(path, Map.of("confirm", "yes")).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(site.app().stores().posts().byId(id)).isPresent();
        assertThat(site.app().stores().terms().byId(Taxonomy.TAG, tag)).isPresent();
    }

    @Test
    void aCategorysQuestionSaysWhatBecomesOfItsPostsAndSubcategories() {
        long news = site.app().content().terms().create(Taxonomy.CATEGORY, "News", null).orThrow();
        long world = site.app().content().terms().create(Taxonomy.CATEGORY, "World", news).orThrow();
        long asia = site.app().content().terms().create(Taxonomy.CATEGORY, "Asia", world).orThrow();
        long post = site.app().content().create(new PostInput("Typhoon season", "", Markdown.toSafeHtml("x"), "x", "",
                null, "", "", "", List.of("World"), List.of(), null), Actor.COMMAND_LINE);
        Element button = deleteForm(editor.page("/admin/categories/" + world + "/")).selectFirst("button");
        assertThat(button.text()).as("the button says what it deletes").isEqualTo("Delete World…");
        HttpResponse<String> asked = send(editor, deleteForm(editor.page("/admin/categories/" + world + "/")));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, world)).isPresent();
        Document question = Jsoup.parse(asked.body(), site.baseUrl());
        HtmlCheck.save("admin-delete-category", question.outerHtml());
        assertThat(question.select("h1").text()).isEqualTo("Delete this category?");
        assertThat(question.select("main .subject strong").text()).isEqualTo("World");
        assertThat(question.select("main .consequences li").eachText()).contains(
                "The 1 post filed under it (of any status) stays, without this category.",
                "Its subcategories (Asia) move up to \u201cNews\u201d.",
                "Its archive page, /category/world/, goes away.");
        assertThat(question.select("main a.cancel").attr("href")).isEqualTo("/admin/categories/#term-" + world);

        HttpResponse<String> deleted = send(editor, question.selectFirst("form.confirm"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).hasValue("/admin/categories/");
        assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, world)).isEmpty();
        assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, asia).map(Term::parentId)).hasValue(news);
        assertThat(site.app().stores().editor().editable(post).orElseThrow().details().categories()).isEmpty();
    }

    @Test
    void anAuthorsQuestionCountsTheAccountsThatSignWithIt() {
        long author = site.app().content().terms().create(Taxonomy.AUTHOR, "Night desk", null).orThrow();
        long user = site.app().stores().users().byUsername("della").orElseThrow().id();
        site.app().stores().users().setAuthor(user, author);
        Document question = Jsoup.parse(editor.submit("/admin/authors/" + author + "/delete/", Map.of()).body());
        assertThat(question.select("main .subject strong").text()).isEqualTo("Night desk");
        assertThat(question.select("main .consequences li").eachText()).contains("No posts are filed under it.",
                "Accounts that sign new posts with it by default (1) will start with an empty byline.");
        assertThat(question.select("main a.cancel").attr("href")).isEqualTo("/admin/authors/#term-" + author);
        assertThat(site.app().stores().terms().byId(Taxonomy.AUTHOR, author)).isPresent();
        assertThat(send(editor, question.selectFirst("form.confirm")).statusCode()).isEqualTo(303);
        assertThat(site.app().stores().terms().byId(Taxonomy.AUTHOR, author)).isEmpty();
        assertThat(site.app().stores().users().byId(user).orElseThrow().authorId()).isNull();
    }

    private static Element deleteForm(Element page) {
        return page.select("form").stream().filter(f -> f.attr("action").endsWith("/delete/")).findFirst().orElseThrow();
    }

    /** Sends a form as a browser would: its own action and fields, nothing added. */
    private static HttpResponse<String> send(AdminClient client, Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        return client.post(form.attr("action"), fields);
    }

    private static List<String> audited(AuditEvent event) {
        return site.app().stores().audit().newest(event.code(), null, null, 1000).stream()
                .map(AuditEntry::subject).toList();
    }
}
