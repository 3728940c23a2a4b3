package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Authenticator;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;

/**
 * An editor in headless Chromium: logs in with password and two-factor code, creates a
 * category, writes a post with it and a new outlet, previews and publishes it and finds it on
 * the public site; then schedules one a few seconds ahead and watches it appear by itself.
 */
class EditorBrowserTest {
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void anEditorWritesPublishesAndSchedulesPostsThatAppearOnThePublicSite() {
        try (RunningSite site = RunningSite.start(); Browser browser = Browser.start()) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "writer", Role.EDITOR, AdminClient.PASSWORD);
            long userId = site.app().stores().users().byUsername("writer").orElseThrow().id();
            site.app().stores().users().setPendingTotp(userId, SECRET);
            site.app().stores().users().enableTotp(userId, 0);
            WebDriver driver = browser.driver();

            logIn(driver, site.baseUrl());
            driver.get(site.baseUrl() + "/admin/categories/");
            driver.findElement(By.id("new-name")).sendKeys("North Korean refugee");
            Browser.submit(driver, By.cssSelector(".term-new button"));
            assertThat(driver.findElement(By.cssSelector("ul.terms")).getText()).contains("North Korean refugee");

            driver.get(site.baseUrl() + "/admin/posts/new/");
            fillPost(driver, "Defectors open a bakery", "They bake *bread* every morning.");
            driver.findElement(By.cssSelector("input[name=category]")).click();
            Browser.submit(driver, By.cssSelector("button[name=save][value=published]"));
            assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Saved.");

            driver.get(site.baseUrl() + "/");
            driver.findElement(By.linkText("Defectors open a bakery")).click();
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("They bake bread every morning.", "Harbour Daily", "North Korean refugee");
            driver.get(site.baseUrl() + "/category/north-korean-refugee/");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Defectors open a bakery");

            driver.get(site.baseUrl() + "/admin/posts/new/");
            fillPost(driver, "A scheduled story", "It goes live by itself.");
            Instant when = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            setPublishAt(driver, when, site);
            Browser.submit(driver, By.cssSelector("button[name=save][value=scheduled]"));
            assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Saved.");
            driver.get(site.baseUrl() + "/");
            assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("A scheduled story");
            new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(500)).until(d -> {
                d.navigate().refresh();
                return d.findElement(By.tagName("main")).getText().contains("A scheduled story");
            });
            assertThat(Instant.now()).isAfterOrEqualTo(when);
        }
    }

    private static void logIn(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/login/");
        driver.findElement(By.id("username")).sendKeys("writer");
        driver.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        Browser.submit(driver, By.cssSelector("main form button[type=submit]"));
        driver.findElement(By.id("code")).sendKeys(new Authenticator(SECRET).codeAt(Instant.now()));
        Browser.submit(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl + "/admin/");
    }


    private static void fillPost(WebDriver driver, String title, String body) {
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("body")).sendKeys(body);
        driver.findElement(By.id("source")).sendKeys("Harbour Daily");
        driver.findElement(By.id("source_url")).sendKeys("https://harbour-daily.example/bakery");
        driver.findElement(By.id("tags")).sendKeys("food, work");
    }

    /** Typing into a date-time field depends on the browser's locale; the value is set as a form would hold it. */
    private static void setPublishAt(WebDriver driver, Instant when, RunningSite site) {
        String local = LocalDateTime.ofInstant(when, site.app().site().zone())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('publish_at').value = arguments[0]", local);
    }
}
