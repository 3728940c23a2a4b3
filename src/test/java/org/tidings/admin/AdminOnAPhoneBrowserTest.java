package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Markdown;
import org.tidings.content.PostInput;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;

/** The dashboard, post list and term screens fit a 390 px phone: nothing is cut off at the right edge. */
class AdminOnAPhoneBrowserTest {

    @Test
    void theAdminScreensFitAPhoneWithoutScrollingSideways() {
        try (RunningSite site = RunningSite.start(); Browser browser = Browser.start()) {
            ContentService content = site.app().content();
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "pocket", Role.ADMIN, AdminClient.PASSWORD);
            long category = content.terms().create(Taxonomy.CATEGORY, "Reconstruction-and-resettlement-programmes",
                    null).orThrow();
            for (int i = 0; i < 3; i++) {
                long id = content.create(new PostInput("Resettlement report " + i
                        + " https://example.org/a/very/long/address/that/does/not/break/anywhere/at/all", "",
                        Markdown.toSafeHtml("x"), "x", "", null, "Min-ji Park", "Harbour Daily Evening Edition", "",
                        List.of("Reconstruction-and-resettlement-programmes"), List.of(), null), Actor.COMMAND_LINE);
                if (i == 0) {
                    content.publish(id);
                }
            }
            WebDriver driver = browser.driver();
            AdminBrowserTest.logInWithPassword(driver, site.baseUrl(), "pocket", AdminClient.PASSWORD);
            driver.manage().window().setSize(new Dimension(390, 844));
            for (String path : List.of("/admin/", "/admin/posts/", "/admin/categories/",
                    "/admin/categories/" + category + "/")) {
                driver.get(site.baseUrl() + path);
                JavascriptExecutor js = (JavascriptExecutor) driver;
                long overflow = (Long) js.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Object wide = js.executeScript("return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(' ');");
                assertThat(overflow).as("pixels cut off at the right of " + path + " by " + wide)
                        .isLessThanOrEqualTo(0L);
            }
        }
    }
}
