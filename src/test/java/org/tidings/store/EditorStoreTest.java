package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Markdown;
import org.tidings.content.PostInput;
import org.tidings.content.PostStatus;
import org.tidings.content.RevisionDiff;
import org.tidings.content.Taxonomy;
import org.tidings.content.Term;
import org.tidings.testing.Actors;
import org.tidings.testing.MovableClock;
import org.tidings.testing.TestDatabase;

/** The editor's SQL (drafts, revisions, scheduling, terms, the admin list) on the test run's store. */
class EditorStoreTest {
    private static TestDatabase database;
    private static ContentService content;
    private static MovableClock clock;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        content = database.content();
        clock = database.clock();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private static PostInput edit(String title, String body, List<String> categories) {
        return new PostInput(title, "", Markdown.toSafeHtml(body), body, "", null, "Ana", "Wire",
                "https://wire.example/1", categories, List.of("x"), null);
    }

    @Test
    void draftsRevisionsAndSchedulingWork() {
        long id = content.create(edit("Pg draft", "one\ntwo", List.of()), Actors.person(5L));
        long twin = content.create(edit("Pg draft", "x", List.of()), Actors.person(5L));
        assertThat(database.stores().posts().byId(twin).orElseThrow().slug()).isEqualTo("pg-draft-2");
        content.update(id, edit("Pg draft edited", "one\n2", List.of()), Actors.person(6L));
        var revisions = database.stores().revisions().ofPost(id);
        assertThat(revisions).hasSize(2);
        assertThat(RevisionDiff.between(revisions.get(1), revisions.get(0)).body()).hasSize(3);
        content.restore(id, revisions.get(1).id(), Actors.person(6L));
        assertThat(database.stores().editor().editable(id).orElseThrow().markdown()).isEqualTo("one\ntwo");
        assertThat(database.stores().editor().editable(id).orElseThrow().ownerUserId()).isEqualTo(5L);

        content.schedule(id, clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(content.publishDue()).isZero();
        clock.advance(Duration.ofMinutes(6));
        assertThat(content.publishDue()).isEqualTo(1);
        assertThat(database.stores().posts().byId(id).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void termsAreRenamedMergedAndDeletedAndTheListFilters() {
        long top = content.terms().create(Taxonomy.CATEGORY, "Pg top", null).orThrow();
        long child = content.terms().create(Taxonomy.CATEGORY, "Pg child", top).orThrow();
        long other = content.terms().create(Taxonomy.CATEGORY, "Pg other", null).orThrow();
        content.create(edit("Pg 100% filed", "x", List.of("Pg child")), Actor.COMMAND_LINE);
        content.terms().renameCategory(child, "Pg kid", "", top, "");
        content.terms().merge(Taxonomy.CATEGORY, top, other);
        Term kid = database.stores().terms().byId(Taxonomy.CATEGORY, child).orElseThrow();
        assertThat(kid.slug()).isEqualTo("pg-kid");
        assertThat(kid.parentId()).isEqualTo(other);
        assertThat(kid.postCount()).isEqualTo(1);
        assertThat(database.stores().terms().all(Taxonomy.TAG)).extracting(Term::parentId).containsOnlyNulls();
        assertThat(database.stores().redirects().list(0, 100))
                .contains(new RedirectStore.Redirect("/category/pg-top/", "/category/pg-other/"));

        AdminPostStore list = database.stores().adminPosts();
        List<Long> tree = database.stores().categories().withDescendants(other);
        assertThat(list.list(new AdminPostFilter(PostStatus.DRAFT, null, tree, null, null, "100%"), 25, 0))
                .extracting(d -> d.post().title()).containsExactly("Pg 100% filed");
        assertThat(list.count(new AdminPostFilter(null, null, null, null, null, "0_%"))).isZero();
        content.terms().delete(Taxonomy.AUTHOR, database.stores().authors().bySlug("ana").orElseThrow().id());
        assertThat(database.stores().authors().bySlug("ana")).isEmpty();
    }
}
