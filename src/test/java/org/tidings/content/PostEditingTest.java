package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tidings.testing.Actors;
import org.tidings.testing.TestDatabase;

class PostEditingTest {
    static PostInput edit(String title, String slug, String markdown) {
        return new PostInput(title, slug, Markdown.toSafeHtml(markdown), markdown, "An excerpt", null, "Min-ji Park",
                "Harbour Daily", "https://harbour-daily.example/story", List.of("Refugees"), List.of("winter", "aid"),
                        null);
    }

    @Test
    void aDraftKeepsItsMarkdownAndStoresSanitizedHtml() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(edit("Winter aid", "",
                    "Aid **arrives**.\n\n<script>alert(1)</script>\n\n[call](javascript:alert(1))"), Actors.person(7L));
            EditablePost post = db.stores().editor().editable(id).orElseThrow();
            assertThat(post.markdown()).startsWith("Aid **arrives**.").contains("<script>");
            assertThat(post.ownerUserId()).isEqualTo(7L);
            assertThat(post.post().status()).isEqualTo(PostStatus.DRAFT);
            Element body = Jsoup.parseBodyFragment(post.post().bodyHtml()).body();
            assertThat(body.select("p strong").text()).isEqualTo("arrives");
            assertThat(body.select("script")).isEmpty();
            assertThat(body.select("a[href]")).isEmpty();
            assertThat(post.details().author().name()).isEqualTo("Min-ji Park");
            assertThat(post.details().source().name()).isEqualTo("Harbour Daily");
            assertThat(post.details().categories()).extracting(Category::name).containsExactly("Refugees");
            assertThat(post.details().tags()).extracting(Tag::name).containsExactly("winter", "aid");
        }
    }

    @Test
    void slugsComeFromTitlesAreEditableAndStayUnique() {
        try (TestDatabase db = TestDatabase.create()) {
            long first = db.content().create(edit("Job fair opens", "", "x"), Actors.person(1L));
            long second = db.content().create(edit("Job fair opens", "", "x"), Actors.person(1L));
            assertThat(slug(db, first)).isEqualTo("job-fair-opens");
            assertThat(slug(db, second)).isEqualTo("job-fair-opens-2");
            db.content().update(second, edit("Job fair opens", "Fair: Second Day!", "x"), Actors.person(1L));
            assertThat(slug(db, second)).isEqualTo("fair-second-day");
            db.content().update(second, edit("Job fair opens", "job-fair-opens", "x"), Actors.person(1L));
            assertThat(slug(db, second)).isEqualTo("job-fair-opens-2");
            db.content().update(first, edit("Job fair opens", "job-fair-opens", "y"), Actors.person(1L));
            assertThat(slug(db, first)).as("a post keeps its own slug").isEqualTo("job-fair-opens");
        }
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(edit("First title", "", "one\ntwo\nthree"), Actors.person(1L));
            db.content().update(id, edit("Second title", "second-title", "one\n2\nthree\nfour"), Actors.person(2L));
            List<Revision> revisions = db.stores().revisions().ofPost(id);
            assertThat(revisions).hasSize(2);
            assertThat(revisions).extracting(Revision::userId).containsExactly(2L, 1L);

            RevisionDiff diff = RevisionDiff.between(revisions.get(1), revisions.get(0));
            assertThat(diff.fields()).containsExactly(new RevisionDiff.FieldChange("Title", "First title", "Second title"),
                    new RevisionDiff.FieldChange("Slug", "first-title", "second-title"));
            assertThat(diff.body()).extracting(l -> l.kind() + " " + l.text()).containsExactly(
                    "SAME one", "REMOVED two", "ADDED 2", "SAME three", "ADDED four");

            db.content().restore(id, revisions.get(1).id(), Actors.person(3L));
            EditablePost restored = db.stores().editor().editable(id).orElseThrow();
            assertThat(restored.post().title()).isEqualTo("First title");
            assertThat(restored.markdown()).isEqualTo("one\ntwo\nthree");
            assertThat(db.stores().revisions().ofPost(id)).hasSize(3);
            assertThat(RevisionDiff.between(revisions.get(1), db.stores().revisions().ofPost(id).getFirst()).isEmpty())
                    .isTrue();
        }
    }

    @Test
    void aRevisionOfAnotherPostCannotBeRestoredHere() {
        try (TestDatabase db = TestDatabase.create()) {
            long mine = db.content().create(edit("Mine", "", "m"), Actors.person(1L));
            long theirs = db.content().create(edit("Theirs", "", "t"), Actors.person(2L));
            long theirRevision = db.stores().revisions().ofPost(theirs).getFirst().id();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.content().restore(mine, theirRevision,
                    Actors.person(1L)))
                    .isInstanceOf(TidingsException.class);
            assertThat(db.stores().editor().editable(mine).orElseThrow().post().title()).isEqualTo("Mine");
        }
    }

    @Test
    void everySaveAppendsOneChangeNamingThePost() {
        try (TestDatabase db = TestDatabase.create()) {
            long before = db.stores().database().changeLog().latest();
            long id = db.content().create(edit("Heard", "", "h"), Actors.person(1L));
            db.content().update(id, edit("Heard again", "", "h"), Actors.person(1L));
            db.content().submitForReview(id);
            db.content().publish(id);
            List<LoggedChange> logged = db.stores().database().changeLog().after(before, 100);
            assertThat(logged).hasSize(4)
                    .allSatisfy(c -> assertThat(c.change().postIds()).containsExactly(id));
        }
    }

    @Test
    void reviewThenPublishGivesThePostItsDate() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(edit("Reviewed", "", "r"), Actors.person(1L));
            db.content().submitForReview(id);
            assertThat(db.stores().posts().byId(id).orElseThrow().status()).isEqualTo(PostStatus.PENDING);
            db.content().publish(id);
            Post post = db.stores().posts().byId(id).orElseThrow();
            assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(post.publishedAt()).isEqualTo(db.clock().instant());
        }
    }

    private static String slug(TestDatabase db, long id) {
        return db.stores().posts().byId(id).orElseThrow().slug();
    }
}
