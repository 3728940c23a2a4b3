package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tidings.content.Actor;
import org.tidings.content.EditablePost;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/**
 * An editor in headless Chromium types a post, which editor.js autosaves as a draft; the session
 * then ends (the server's clock moves past the idle limit) while more is typed; Publish answers
 * with a login form, and after logging in again the whole text is back in the editor and published.
 */
class EditorAutosaveBrowserTest {
    private static final String FIRST = "Families crossed the river at night.";
    private static final String MORE = " They reached the border town by morning.";

    @Test
    void anEditorWhoseSessionEndsLogsInAgainAndPublishesWithoutLosingText() {
        TestClock clock = TestClock.atNow();
        try (RunningSite site = RunningSite.start(clock); Browser browser = Browser.start()) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "nightshift", Role.EDITOR, AdminClient.PASSWORD);
            WebDriver driver = browser.driver();
            driver.get(site.baseUrl() + "/admin/login/");
            logIn(driver);

            driver.get(site.baseUrl() + "/admin/posts/new/");
            assertLaidOut(driver);
            driver.findElement(By.id("title")).sendKeys("Crossing at night");
            driver.findElement(By.id("body")).sendKeys(FIRST);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(200));
            wait.until(d -> d.findElement(By.cssSelector(".autosave-status")).getText()
                    .equals("Draft saved automatically."));
            assertThat(driver.getCurrentUrl()).matches(".*/admin/posts/\\d+/$");
            long id = Long.parseLong(driver.getCurrentUrl().replaceAll("^.*/admin/posts/(\\d+)/$", "$1"));
            EditablePost draft = site.app().stores().editor().editable(id).orElseThrow();
            assertThat(draft.post().status()).isEqualTo(PostStatus.DRAFT);
            assertThat(draft.markdown()).isEqualTo(FIRST);

            clock.advance(Sessions.IDLE.plusMinutes(1));
            driver.findElement(By.id("body")).sendKeys(MORE);
            wait.until(d -> d.findElement(By.cssSelector(".autosave-status")).getText().startsWith("Autosave stopped"));
            assertThat(site.app().stores().editor().editable(id).orElseThrow().markdown()).isEqualTo(FIRST);

            Browser.submit(driver, By.cssSelector(".actions button[value=published]"));
            assertThat(driver.findElement(By.id("kept-body")).getAttribute("value")).isEqualTo(FIRST + MORE);
            logIn(driver);
            assertThat(driver.getCurrentUrl()).contains("/admin/posts/" + id + "/kept/");
            assertThat(driver.findElement(By.id("body")).getAttribute("value")).isEqualTo(FIRST + MORE);
            Browser.submit(driver, By.cssSelector(".actions button[value=published]"));
            assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Saved.");

            EditablePost published = site.app().stores().editor().editable(id).orElseThrow();
            assertThat(published.post().status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(published.markdown()).isEqualTo(FIRST + MORE);
            assertThat(site.app().stores().posts().bySlug("crossing-at-night")).isPresent();

            driver.findElement(By.cssSelector("a.view-link")).click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector(".edit-post a"))
                    .isDisplayed());
            driver.findElement(By.cssSelector(".edit-post a")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/admin/posts/" + id + "/");
        }
    }

    /** Two columns on a wide screen, the panel on the right; one column on a phone, Publish in reach, nothing wider than it. */
    private static void assertLaidOut(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1366, 900));
        WebElement title = driver.findElement(By.id("title"));
        WebElement publish = driver.findElement(By.cssSelector(".actions button[value=published]"));
        assertThat(publish.getLocation().getX()).isGreaterThan(title.getLocation().getX() + title.getSize().getWidth());
        assertThat(publish.getLocation().getY()).isLessThan(500);
        driver.manage().window().setSize(new Dimension(390, 844));
        assertThat(publish.getLocation().getY()).isGreaterThan(title.getLocation().getY()).isLessThan(1800);
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    private static void logIn(WebDriver driver) {
        driver.findElement(By.id("username")).sendKeys("nightshift");
        driver.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        Browser.submit(driver, By.cssSelector("main form.login button[type=submit]"));
    }
}
