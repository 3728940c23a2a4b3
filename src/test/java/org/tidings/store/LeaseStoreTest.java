package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tidings.testing.TestDatabase;

/** Leases: one holder at a time, renewed by it, taken over by another once it lapses. */
class LeaseStoreTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LENGTH = Duration.ofSeconds(5);

    @Test
    void oneNodeHoldsALeaseUntilItLapsesThenAnotherTakesIt() {
        try (TestDatabase db = TestDatabase.create()) {
            LeaseStore leases = new LeaseStore(db.stores().database());
            assertThat(leases.hold("job", "a", NOW, LENGTH)).isTrue();
            assertThat(leases.hold("job", "b", NOW.plusSeconds(1), LENGTH)).isFalse();
            assertThat(leases.hold("job", "a", NOW.plusSeconds(4), LENGTH)).as("renewed").isTrue();
            assertThat(leases.hold("job", "b", NOW.plusSeconds(8), LENGTH)).as("still renewed").isFalse();
            assertThat(leases.hold("job", "b", NOW.plusSeconds(10), LENGTH)).as("lapsed").isTrue();
            assertThat(leases.hold("job", "a", NOW.plusSeconds(11), LENGTH)).as("taken over").isFalse();
            assertThat(leases.hold("other job", "a", NOW.plusSeconds(11), LENGTH)).isTrue();
        }
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceButOnlyItsHolderCanReleaseIt() {
        try (TestDatabase db = TestDatabase.create()) {
            LeaseStore leases = new LeaseStore(db.stores().database());
            assertThat(leases.hold("job", "a", NOW, LENGTH)).isTrue();
            leases.release("job", "b");
            assertThat(leases.hold("job", "b", NOW.plusSeconds(1), LENGTH)).isFalse();
            leases.release("job", "a");
            assertThat(leases.hold("job", "b", NOW.plusSeconds(1), LENGTH)).isTrue();
        }
    }
}
