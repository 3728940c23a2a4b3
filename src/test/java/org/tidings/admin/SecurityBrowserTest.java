package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;

/**
 * The redirect and cross-site checks as Chromium meets them: it reads Location headers and
 * sends Origin and Sec-Fetch-Site its own way, which the HTTP tests can only imitate.
 */
class SecurityBrowserTest {

    @Test
    void chromiumFollowingOurRedirectsStaysOnTheSite() {
        try (RunningSite site = RunningSite.start(); Browser browser = Browser.start()) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "editor", Role.EDITOR, AdminClient.PASSWORD);
            WebDriver driver = browser.driver();
            for (String path : List.of("//Evil.example/", "/%2fEvil.example", "//EVIL.EXAMPLE/some/path",
                    "/%5cEvil.example/", "/.%2e/%2fEvil.example/", "/%2F%2FEvil.example/Page/")) {
                driver.get(site.baseUrl() + path);
                assertThat(URI.create(driver.getCurrentUrl()).getHost()).as(path).isEqualTo("127.0.0.1");
            }

            String next = URLEncoder.encode("/admin/%2e%2e/%2fEvil.example/", StandardCharsets.UTF_8);
            driver.get(site.baseUrl() + "/admin/login/?next=" + next);
            driver.findElement(By.name("username")).sendKeys("editor");
            driver.findElement(By.name("password")).sendKeys(AdminClient.PASSWORD);
            driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
            AdminBrowserTest.waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
            assertThat(driver.getCurrentUrl()).isEqualTo(site.baseUrl() + "/admin/");
        }
    }

    @Test
    void aFormOnAnotherPageCannotPostToTheAdmin() {
        try (RunningSite site = RunningSite.start(); Browser browser = Browser.start()) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "attacker", Role.EDITOR, AdminClient.PASSWORD);
            WebDriver driver = browser.driver();
            String form = "<form method=post action='" + site.baseUrl() + "/admin/login/'>"
                    + "<input name=username value=attacker><input name=password value='" + AdminClient.PASSWORD + "'>"
                    + "<button>Go</button></form>";
            driver.get("data:text/html," + URLEncoder.encode(form, StandardCharsets.UTF_8).replace("+", "%20"));
            driver.findElement(By.tagName("button")).click();
            AdminBrowserTest.waitFor(driver, ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "sent from another site"));

            AdminBrowserTest.logInWithPassword(driver, site.baseUrl(), "attacker", AdminClient.PASSWORD);
            AdminBrowserTest.waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        }
    }
}
