package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidings.testing.RunningSite;

class SmokeTest {
    @Test
    void anEmptySiteAnswersItsHomePage() {
        try (RunningSite site = RunningSite.start()) {
            assertThat(site.page("/").select("main").text()).contains("No posts here yet");
        }
    }
}
