package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;

/** Every form of the editor refuses a request without this session's CSRF token, and changes nothing. */
class EditorCsrfTest {
    private static RunningSite site;
    private static AdminClient editor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "csrf-editor", Role.EDITOR);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyEditorFormRefusesAMissingOrWrongTokenAndNothingChanges() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Kept as it is", "draft")));
        long revision = site.app().stores().revisions().ofPost(id).getFirst().id();
        long category = site.app().content().terms().create(Taxonomy.CATEGORY, "Kept category", null).orThrow();
        site.app().content().terms().create(Taxonomy.CATEGORY, "Target category", null).orThrow();
        int posts = postCount();
        Map<String, Map<String, String>> actions = new LinkedHashMap<>();
        actions.put("/admin/posts/new/", EditorForms.post("Forged new", "published"));
        actions.put("/admin/posts/" + id + "/", EditorForms.post("Forged edit", "published"));
        actions.put("/admin/posts/" + id + "/delete/", Map.of());
        actions.put("/admin/posts/" + id + "/revisions/" + revision + "/restore/", Map.of());
        actions.put("/admin/categories/", Map.of("name", "Forged category"));
        actions.put("/admin/categories/" + category + "/rename/", Map.of("name", "Forged name", "slug", "forged"));
        actions.put("/admin/categories/" + category + "/merge/", Map.of("into", "Target category"));
        actions.put("/admin/categories/" + category + "/delete/", Map.of());
        for (var action : actions.entrySet()) {
            Map<String, String> wrong = new LinkedHashMap<>(action.getValue());
            wrong.put("csrf", "x".repeat(43));
            assertThat(editor.post(action.getKey(), action.getValue()).statusCode()).as(action.getKey()).isEqualTo(403);
            assertThat(editor.post(action.getKey(), wrong).statusCode()).as(action.getKey()).isEqualTo(403);
        }
        var post = site.app().stores().posts().byId(id).orElseThrow();
        assertThat(post.title()).isEqualTo("Kept as it is");
        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(postCount()).isEqualTo(posts);
        assertThat(site.app().stores().revisions().ofPost(id)).hasSize(1);
        assertThat(site.app().stores().terms().byId(Taxonomy.CATEGORY, category).orElseThrow().name())
                .isEqualTo("Kept category");
        assertThat(site.app().stores().terms().all(Taxonomy.CATEGORY)).hasSize(2);
    }

    @Test
    void theSameFormWithTheTokenWorks() {
        assertThat(editor.submit("/admin/categories/", Map.of("name", "With token")).statusCode()).isEqualTo(303);
        assertThat(site.app().stores().categories().bySlug("with-token")).isPresent();
    }

    private static int postCount() {
        return site.app().stores().adminPosts().count(new org.tidings.store.AdminPostFilter(null, null, null, null,
                null, null));
    }
}
