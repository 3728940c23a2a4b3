package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.Taxonomy;
import org.tidings.testing.TestDatabase;

/** Posts and every kind of term get their slugs from the one allocator: free variants, own slug kept. */
class SlugAllocatorTest {

    @Test
    void postsWithTheSameTitleGetTheNextFreeVariantAndKeepTheirOwnOnSave() {
        try (TestDatabase db = TestDatabase.create()) {
            long first = create(db, "Harbour news", "");
            long second = create(db, "Harbour news", "");
            long third = create(db, "Harbour news", "");
            assertThat(slugs(db, first, second, third)).containsExactly("harbour-news", "harbour-news-2",
                    "harbour-news-3");

            db.content().update(second, input("Harbour news", "harbour-news-2"), Actor.COMMAND_LINE);
            assertThat(slugs(db, second)).as("its own slug is not taken from itself").containsExactly("harbour-news-2");
            db.content().update(third, input("Harbour news", "Harbour News"), Actor.COMMAND_LINE);
            assertThat(slugs(db, third)).as("a slug taken by another gets the first free variant")
                    .containsExactly("harbour-news-3");
            db.content().delete(first);
            db.content().update(third, input("Harbour news", "harbour-news"), Actor.COMMAND_LINE);
            assertThat(slugs(db, third)).as("a freed slug can be had again").containsExactly("harbour-news");
        }
    }

    @Test
    void manyTakenVariantsAreSkippedPastOneBatch() {
        try (TestDatabase db = TestDatabase.create()) {
            for (int i = 0; i < 25; i++) {
                create(db, "Same title", "");
            }
            long last = create(db, "Same title", "");
            assertThat(slugs(db, last)).containsExactly("same-title-26");
        }
    }

    @Test
    void termsShareTheAllocatorWhenCreatedByNameAndWhenRenamed() {
        try (TestDatabase db = TestDatabase.create()) {
            long tag = db.content().terms().create(Taxonomy.TAG, "Aid", null).orThrow();
            long other = db.content().terms().create(Taxonomy.TAG, "Food aid", null).orThrow();
            assertThat(db.content().terms().rename(Taxonomy.TAG, other, "Food aid", "aid").isEmpty()).isTrue();
            assertThat(db.stores().terms().byId(Taxonomy.TAG, other).orElseThrow().slug()).isEqualTo("aid-2");
            assertThat(db.content().terms().rename(Taxonomy.TAG, tag, "Aid", "aid").isEmpty()).isTrue();
            assertThat(db.stores().terms().byId(Taxonomy.TAG, tag).orElseThrow().slug()).isEqualTo("aid");

            // An outlet named by a post, found by name, takes a free slug too.
            db.content().terms().create(Taxonomy.SOURCE, "Wire", null).orThrow();
            db.content().create(new PostInput("Story", "", HtmlSanitizer.sanitize("<p>x</p>"), null, "", null, "",
                    "WIRE!", "", List.of(), List.of(), null), Actor.COMMAND_LINE);
            assertThat(db.stores().terms().all(Taxonomy.SOURCE)).extracting(t -> t.slug())
                    .containsExactlyInAnyOrder("wire", "wire-2");
        }
    }

    private static long create(TestDatabase db, String title, String slug) {
        return db.content().create(input(title, slug), Actor.COMMAND_LINE);
    }

    private static PostInput input(String title, String slug) {
        return new PostInput(title, slug, HtmlSanitizer.sanitize("<p>Body.</p>"), null, "", null, "", "", "",
                List.of(), List.of(), null);
    }

    private static List<String> slugs(TestDatabase db, long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> db.stores().posts().byId(id).orElseThrow().slug()).toList();
    }
}
