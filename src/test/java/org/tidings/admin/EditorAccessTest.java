package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Post;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;

/** Who may open and change which posts and terms, on every route of the editor, checked on the server. */
class EditorAccessTest {
    private static final List<String> EDITOR_PAGES = List.of("/admin/categories/", "/admin/tags/", "/admin/outlets/",
            "/admin/authors/");
    private static final List<String> TERM_BASES = EDITOR_PAGES;
    private static RunningSite site;
    private static AdminClient alice;
    private static AdminClient bob;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        alice = AdminClient.loggedIn(site, "alice", Role.CONTRIBUTOR);
        bob = AdminClient.loggedIn(site, "bob", Role.CONTRIBUTOR);
        editor = AdminClient.loggedIn(site, "erin", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void withoutALoginEveryEditorPageSendsToTheLoginFormAndEveryActionIsRefused() {
        long id = EditorForms.savedId(alice.submit("/admin/posts/new/", EditorForms.post("Anonymous check", "draft")));
        long category = site.app().content().terms().create(Taxonomy.CATEGORY, "Anon", null).orThrow();
        AdminClient anonymous = new AdminClient(site);
        String token = AdminClient.csrfOf(anonymous.page("/admin/login/"));
        List<String> pages = List.of("/admin/posts/", "/admin/posts/new/", "/admin/posts/" + id + "/",
                "/admin/posts/" + id + "/revisions/", "/admin/categories/", "/admin/tags/", "/admin/outlets/",
                "/admin/authors/");
        for (String page : pages) {
            assertThat(anonymous.get(page).statusCode()).as(page).isEqualTo(303);
        }
        for (String action : actions(id, category)) {
            assertThat(anonymous.post(action, Map.of("csrf", token, "name", "x")).statusCode()).as(action).isEqualTo(401);
        }
        assertThat(title(id)).isEqualTo("Anonymous check");
        assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, category)).isPresent();
    }

    @Test
    void eachRoleOpensThePagesItsRoleAllows() {
        for (Role role : Role.values()) {
            AdminClient client = AdminClient.loggedIn(site, "roles-" + role.db(), role);
            assertThat(client.get("/admin/posts/").statusCode()).isEqualTo(200);
            assertThat(client.get("/admin/posts/new/").statusCode()).isEqualTo(200);
            for (String page : EDITOR_PAGES) {
                assertThat(client.get(page).statusCode()).as(role + " " + page)
                        .isEqualTo(role.atLeast(Role.EDITOR) ? 200 : 403);
            }
        }
    }

    @Test
    void aContributorCannotOpenChangeOrDeleteAnothersPostByChangingTheIdInTheUrl() {
        long id = EditorForms.savedId(alice.submit("/admin/posts/new/", EditorForms.post("Alice's draft", "draft")));
        long revision = site.app().stores().revisions().ofPost(id).getFirst().id();
        String base = "/admin/posts/" + id + "/";
        assertThat(bob.get(base).statusCode()).isEqualTo(404);
        assertThat(bob.get(base + "revisions/").statusCode()).isEqualTo(404);
        assertThat(bob.get(base + "revisions/?from=" + revision + "&to=" + revision).statusCode()).isEqualTo(404);
        assertThat(bob.submit(base, EditorForms.post("Taken over", "pending")).statusCode()).isEqualTo(404);
        assertThat(bob.submit(base + "revisions/" + revision + "/restore/", Map.of()).statusCode()).isEqualTo(404);
        assertThat(bob.submit(base + "delete/", Map.of()).statusCode()).isEqualTo(404);
        assertThat(bob.page("/admin/posts/").select("table.posts a")).extracting(a -> a.text())
                .doesNotContain("Alice's draft");
        Post post = site.app().stores().posts().byId(id).orElseThrow();
        assertThat(post.title()).isEqualTo("Alice's draft");
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(alice.get(base).statusCode()).isEqualTo(200);
        assertThat(alice.page("/admin/posts/").select("table.posts a")).extracting(a -> a.text())
                .contains("Alice's draft");
    }

    @Test
    void aContributorSubmitsForReviewButCannotPublishOrSchedule() {
        long id = EditorForms.savedId(alice.submit("/admin/posts/new/", EditorForms.post("For review", "pending")));
        assertThat(status(id)).isEqualTo(PostStatus.PENDING);
        HttpResponse<String> publish = alice.submit("/admin/posts/" + id + "/", EditorForms.post("For review", "published"));
        HttpResponse<String> schedule = alice.submit("/admin/posts/" + id + "/",
                EditorForms.with(EditorForms.post("For review", "scheduled"), "publish_at", "2099-01-01T09:00"));
        HttpResponse<String> create = alice.submit("/admin/posts/new/", EditorForms.post("Straight out", "published"));
        assertThat(List.of(publish.statusCode(), schedule.statusCode(), create.statusCode())).containsOnly(422);
        assertThat(status(id)).isEqualTo(PostStatus.PENDING);
        assertThat(site.app().stores().posts().bySlug("straight-out")).isEmpty();
        assertThat(alice.page("/admin/posts/" + id + "/").select(".actions button[name=save]"))
                .extracting(b -> b.attr("value")).containsExactly("pending", "draft");
    }

    @Test
    void aContributorsOwnPostIsLockedOnceAnEditorPublishesIt() {
        long id = EditorForms.savedId(alice.submit("/admin/posts/new/", EditorForms.post("Locked later", "pending")));
        assertThat(editor.submit("/admin/posts/" + id + "/", EditorForms.post("Locked later", "published"))
                .statusCode()).isEqualTo(303);
        assertThat(status(id)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(alice.get("/admin/posts/" + id + "/").statusCode()).isEqualTo(200);
        assertThat(alice.submit("/admin/posts/" + id + "/", EditorForms.post("Changed after", "draft")).statusCode())
                .isEqualTo(403);
        assertThat(alice.submit("/admin/posts/" + id + "/delete/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(title(id)).isEqualTo("Locked later");
    }

    @Test
    void anEditorEditsAndPublishesAnyonesPost() {
        long id = EditorForms.savedId(bob.submit("/admin/posts/new/", EditorForms.post("Bob's piece", "pending")));
        assertThat(editor.get("/admin/posts/" + id + "/").statusCode()).isEqualTo(200);
        assertThat(editor.submit("/admin/posts/" + id + "/", EditorForms.post("Bob's piece, edited", "published"))
                .statusCode()).isEqualTo(303);
        assertThat(title(id)).isEqualTo("Bob's piece, edited");
        assertThat(status(id)).isEqualTo(PostStatus.PUBLISHED);
        assertThat(site.app().stores().editor().editable(id).orElseThrow().ownerUserId())
                .as("the post stays Bob's").isNotNull();
    }

    @Test
    void contributorsCannotManageTermsAndNothingChanges() {
        long category = site.app().content().terms().create(Taxonomy.CATEGORY, "Guarded", null).orThrow();
        long other = site.app().content().terms().create(Taxonomy.CATEGORY, "Other guarded", null).orThrow();
        for (String action : actions(-1, category)) {
            if (action.startsWith("/admin/posts/")) {
                continue;
            }
            assertThat(alice.submit(action, Map.of("name", "Hijacked", "into", "Other guarded")).statusCode())
                    .as(action).isEqualTo(403);
        }
        assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, category).orElseThrow().name()).isEqualTo("Guarded");
        assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, other)).isPresent();
        assertThat(site.app().stores().terms().all(Taxonomy.TAG)).extracting(t -> t.name()).doesNotContain("Hijacked");
    }

    /** Every state-changing route of the editor, for post {@code id} and category {@code category}. */
    static List<String> actions(long id, long category) {
        List<String> actions = new java.util.ArrayList<>(List.of("/admin/posts/new/", "/admin/posts/" + id + "/",
                "/admin/posts/" + id + "/delete/", "/admin/posts/" + id + "/revisions/1/restore/"));
        for (String base : TERM_BASES) {
            actions.add(base);
            long term = base.equals("/admin/categories/") ? category : 1;
            for (String verb : List.of("rename", "merge", "delete")) {
                actions.add(base + term + "/" + verb + "/");
            }
        }
        return actions;
    }

    private static String title(long id) {
        return site.app().stores().posts().byId(id).orElseThrow().title();
    }

    private static PostStatus status(long id) {
        return site.app().stores().posts().byId(id).orElseThrow().status();
    }
}
