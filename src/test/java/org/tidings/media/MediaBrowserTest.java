package org.tidings.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;
import org.tidings.testing.SampleImages;

/**
 * An editor in headless Chromium uploads a phone photo in the admin, inserts it into a new post
 * with the editor's button, publishes, and the public page shows it from our own host, chosen
 * by the browser from its srcset.
 */
class MediaBrowserTest {
    @TempDir
    Path folder;

    @Test
    void anEditorUploadsAPhotoInsertsItAndThePublicPageShowsItFromOurOwnHost() throws IOException {
        Path photo = Files.write(folder.resolve("IMG_0420.jpg"), SampleImages.jpegWithGps(1800, 1200));
        try (RunningSite site = RunningSite.start(); Browser browser = Browser.start()) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "editor", Role.EDITOR, AdminClient.PASSWORD);
            WebDriver driver = browser.driver();
            String base = site.baseUrl();
            driver.get(base + "/admin/login/");
            driver.findElement(By.id("username")).sendKeys("editor");
            driver.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
            Browser.submit(driver, By.cssSelector("main form button[type=submit]"));

            driver.get(base + "/admin/media/");
            driver.findElement(By.id("file")).sendKeys(photo.toString());
            driver.findElement(By.id("alt")).sendKeys("Volunteers sorting winter coats");
            Browser.submit(driver, By.cssSelector(".media-upload button[type=submit]"));
            assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Added to the library.");
            assertLoaded(driver, driver.findElement(By.cssSelector(".media-list img")), base);

            driver.get(base + "/admin/posts/new/");
            driver.findElement(By.id("title")).sendKeys("Coats for the winter");
            driver.findElement(By.id("body")).sendKeys("Volunteers gathered coats for new arrivals.");
            new Select(driver.findElement(By.id("insert_media"))).selectByIndex(0);
            Browser.submit(driver, By.name("insert"));
            assertThat(driver.findElement(By.id("body")).getAttribute("value"))
                    .contains("![Volunteers sorting winter coats](/media/");
            Browser.submit(driver, By.cssSelector("button[name=save][value=published]"));
            assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Saved.");

            driver.get(base + "/");
            driver.findElement(By.linkText("Coats for the winter")).click();
            WebElement image = driver.findElement(By.cssSelector(".entry img"));
            assertThat(image.getAttribute("srcset")).contains("480w", "960w", "1600w", "1800w");
            assertThat(image.getAttribute("alt")).isEqualTo("Volunteers sorting winter coats");
            assertLoaded(driver, image, base);
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            assertThat(fetched).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
        }
    }

    /** Waits until the browser has loaded {@code image}, and checks it came from {@code base}/media/. */
    private static void assertLoaded(WebDriver driver, WebElement image, String base) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView()", image);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
        assertThat((String) js.executeScript("return arguments[0].currentSrc", image)).startsWith(base + "/media/");
    }

}
