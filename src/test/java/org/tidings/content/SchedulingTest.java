package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tidings.testing.Actors;
import org.tidings.testing.TestDatabase;

class SchedulingTest {

    @Test
    void aScheduledPostGoesLiveAtItsOwnTimeAndOnlyOnce() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(PostEditingTest.edit("Later", "", "l"), Actors.person(1L));
            Instant when = db.clock().instant().plus(Duration.ofHours(2));
            db.content().schedule(id, when);
            assertThat(db.content().publishDue()).isZero();
            assertThat(db.stores().posts().byId(id).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);

            db.clock().advance(Duration.ofHours(3));
            assertThat(db.content().publishDue()).isEqualTo(1);
            Post post = db.stores().posts().byId(id).orElseThrow();
            assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(post.publishedAt()).as("dated at its scheduled time, not when the check ran").isEqualTo(when);
            assertThat(db.content().publishDue()).isZero();
        }
    }

    @Test
    void publishingAScheduledPostEarlyDatesItNow() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(PostEditingTest.edit("Early", "", "e"), Actors.person(1L));
            db.content().schedule(id, db.clock().instant().plus(Duration.ofDays(1)));
            db.content().publish(id);
            assertThat(db.stores().posts().byId(id).orElseThrow().publishedAt()).isEqualTo(db.clock().instant());
        }
    }

    @Test
    void aRepublishedPostKeepsItsFirstDateAndSoItsAddress() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(PostEditingTest.edit("Again", "", "a"), Actors.person(1L));
            db.content().publish(id);
            Instant first = db.clock().instant();
            db.clock().advance(Duration.ofDays(2));
            db.content().unpublish(id);
            db.content().publish(id);
            assertThat(db.stores().posts().byId(id).orElseThrow().publishedAt()).isEqualTo(first);
        }
    }
}
