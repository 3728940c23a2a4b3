package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ChangeKind;
import org.tidings.content.LoggedChange;
import org.tidings.testing.Posts;
import org.tidings.testing.TestDatabase;

/** The one write path: one transaction, one change-log row, and no way around it in the test suite. */
class WritePathTest {

    @Test
    void theWholeSuiteRefusesAWriteToAContentTableOutsideTheWritePath() {
        assertThat(Boolean.getBoolean(WritePathGuard.PROPERTY)).as("the suite runs with the guard on").isTrue();
        try (TestDatabase db = TestDatabase.create()) {
            assertThatThrownBy(() -> db.stores().settings().put("site.title", "Sneaked in"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("settings");
            assertThatThrownBy(() -> db.stores().posts().create(Posts.published("Sneaked", "In."), null, db.clock().instant()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside Database.write");
            assertThat(db.stores().settings().value("site.title")).isEmpty();
            assertThat(db.stores().database().changeLog().latest()).isZero();
        }
    }

    @Test
    void aSaveWithItsRevisionAndRedirectIsOneTransactionAndOneLogRow() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(Posts.published("First", "Body."), Actor.COMMAND_LINE);
            long before = db.stores().database().changeLog().latest();
            db.content().restore(id, db.stores().revisions().ofPost(id).getFirst().id(), Actor.COMMAND_LINE);
            List<LoggedChange> logged = db.stores().database().changeLog().after(before, 10);
            assertThat(logged).hasSize(1);
            assertThat(logged.getFirst().change().postIds()).containsExactly(id);
            assertThat(db.stores().revisions().ofPost(id)).hasSize(2);
        }
    }

    @Test
    void aWriteThatFailsChangesNothingAndLogsNothing() {
        try (TestDatabase db = TestDatabase.create()) {
            Database database = db.stores().database();
            assertThatThrownBy(() -> database.write(changes -> {
                db.stores().settings().put("site.title", "Half done");
                changes.touched(ChangeKind.SETTINGS);
                throw new IllegalArgumentException("the second half failed");
            })).isInstanceOf(IllegalArgumentException.class);
            assertThat(db.stores().settings().value("site.title")).isEmpty();
            assertThat(database.changeLog().latest()).isZero();
        }
    }

    @Test
    void followersReadChangesInCommitOrderWithWhatTheyTouched() {
        try (TestDatabase db = TestDatabase.create()) {
            long id = db.content().create(Posts.published("Ordered", "Body."), Actor.COMMAND_LINE);
            db.content().saveSettings(Map.of("site.title", "Renamed"));
            List<LoggedChange> logged = db.stores().database().changeLog().after(0, 10);
            assertThat(logged).extracting(LoggedChange::seq).isSorted().doesNotHaveDuplicates();
            assertThat(logged.get(0).change().postIds()).containsExactly(id);
            assertThat(logged.get(1).change().touches(ChangeKind.SETTINGS)).isTrue();
            assertThat(logged.get(1).change().postIds()).isEmpty();
        }
    }
}
