package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.tidings.testing.Actors;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestDatabase;

/** The scheduler inside a running server, ticking every {@link PublishScheduler#TICK}. */
class PublishSchedulerTest {

    @Test
    void aPostScheduledAFewSecondsAheadAppearsByItselfWithoutAnyRequest() {
        try (RunningSite site = RunningSite.start()) {
            ContentService content = site.app().content();
            long id = content.create(PostEditingTest.edit("On time", "", "o"), Actors.person(1L));
            Instant when = Instant.now().plusSeconds(2);
            content.schedule(id, when);
            String path = AddressesKeptTest.path(site, id);
            assertThat(site.get(path).statusCode()).isEqualTo(404);
            awaitTrue(() -> site.app().stores().posts().byId(id).orElseThrow().status() == PostStatus.PUBLISHED);
            assertThat(Instant.now()).isAfterOrEqualTo(when);
            assertThat(site.page(path).select("main").text()).contains("On time");
        }
    }

    @Test
    void postsDueWhileTheServerWasDownGoLiveAtStartUpWithTheirOwnDates() {
        TestDatabase db = TestDatabase.create();
        long id;
        Instant when = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (db) {
            db.clock().set(when.minus(Duration.ofHours(1)));
            id = db.content().create(PostEditingTest.edit("Missed", "", "m"), Actors.person(1L));
            db.content().schedule(id, when);
        }
        try (RunningSite site = RunningSite.over(db.dataDir())) {
            awaitTrue(() -> site.app().stores().posts().byId(id).orElseThrow().status() == PostStatus.PUBLISHED);
            assertThat(site.app().stores().posts().byId(id).orElseThrow().publishedAt()).isEqualTo(when);
            assertThat(site.page("/").select("main article")).hasSize(1);
        }
    }

    /** Polls until {@code condition} holds, for at most ten scheduler ticks. */
    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PublishScheduler.TICK.multipliedBy(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited ten scheduler ticks").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
