package org.tidings.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserSmokeTest {
    @Test
    void chromiumShowsTheHomePage() {
        try (RunningSite site = RunningSite.start(); Browser browser = Browser.start()) {
            browser.driver().get(site.baseUrl() + "/");
            assertThat(browser.driver().getTitle()).startsWith("Tidings");
        }
    }
}
