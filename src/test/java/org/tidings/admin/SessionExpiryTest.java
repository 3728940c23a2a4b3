package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

class SessionExpiryTest {
    private static final TestClock clock = TestClock.atNow();
    private static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.start(clock);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aSessionUnusedForTooLongEnds() {
        AdminClient client = AdminClient.loggedIn(site, "idle", Role.EDITOR);
        clock.advance(Sessions.IDLE.minusMinutes(1));
        assertThat(client.get("/admin/").statusCode()).isEqualTo(200);
        clock.advance(Sessions.IDLE.plusSeconds(1));
        assertThat(client.get("/admin/").statusCode()).isEqualTo(303);
        assertThat(client.get("/admin/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/admin/login/"));
    }

    @Test
    void aSessionInUseStillEndsAtItsAbsoluteLimit() {
        AdminClient client = AdminClient.loggedIn(site, "busy", Role.EDITOR);
        Duration step = Sessions.IDLE.dividedBy(2);
        for (Duration used = Duration.ZERO; used.plus(step).compareTo(Sessions.ABSOLUTE) < 0; used = used.plus(step)) {
            clock.advance(step);
            assertThat(client.get("/admin/").statusCode()).as("after %s", used.plus(step)).isEqualTo(200);
        }
        clock.advance(step);
        assertThat(client.get("/admin/").statusCode()).isEqualTo(303);
    }
}
