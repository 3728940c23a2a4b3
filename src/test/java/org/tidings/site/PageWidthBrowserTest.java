package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PageInput;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;

/**
 * Every public page type (index pages too) in headless Chromium at a phone's width (390 px) and a laptop's (1366 px):
 * no page is wider than the screen, even with a 300-character address and a 120-character word in a
 * title, and ten long posts make a home page of a few screens on a phone. Screenshots of every page
 * are saved under {@code target/screenshots/} for people to look at.
 */
class PageWidthBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String LONG_WORD = "Unbroken".repeat(15);
    private static final String LONG_URL = "https://archive.example.org/" + "0123456789".repeat(27);
    private static final String PARAGRAPHS = ("<p>" + "Families who crossed the border last winter describe the "
            + "journey, the brokers and the months of waiting before they reached a shelter. ".repeat(5) + "</p>")
            .repeat(6);

    @Test
    void noPageIsWiderThanAPhoneOrALaptopScreen() throws IOException {
        try (RunningSite site = RunningSite.start(); Browser browser = Browser.start()) {
            fill(site.app().content());
            Map<String, String> pages = pageTypes(site);
            ChromeDriver driver = (ChromeDriver) browser.driver();
            Files.createDirectories(SCREENSHOTS);
            List<String> tooWide = new ArrayList<>();
            for (int width : new int[] {390, 1366}) {
                emulate(driver, width);
                for (var page : pages.entrySet()) {
                    driver.get(site.baseUrl() + page.getValue());
                    long scrollWidth = number(driver, "return document.scrollingElement.scrollWidth");
                    long innerWidth = number(driver, "return window.innerWidth");
                    if (scrollWidth > innerWidth) {
                        tooWide.add(page.getKey() + " at " + width + " px is " + scrollWidth + " px wide");
                    }
                    screenshot(driver, page.getKey() + "-" + width);
                }
            }
            assertThat(tooWide).isEmpty();
            emulate(driver, 390);
            driver.get(site.baseUrl() + "/");
            assertThat(number(driver, "return document.scrollingElement.scrollHeight"))
                    .as("the home page of ten long posts on a phone").isLessThan(8000);
        }
    }

    /** Ten posts of six long paragraphs, one with a long address in its text and a long word in its title. */
    private static void fill(ContentService content) {
        content.terms().findOrCreateCategory("Refugees", null, "Life after escape.");
        for (int i = 1; i <= 10; i++) {
            create(content, "Story " + i + " of the long winter", PARAGRAPHS, day(2024, 3, i));
        }
        create(content, "A title with " + LONG_WORD + " in it",
                "<p>The full list is at " + LONG_URL + " and in <a href=\"" + LONG_URL + "\">" + LONG_URL + "</a>.</p>"
                        + "<pre>" + LONG_URL + "</pre>"
                        + "<table><tr><td>" + LONG_WORD + "</td><td>" + LONG_WORD + "</td></tr></table>"
                        + PARAGRAPHS,
                day(2024, 3, 20));
        content.pages().create(new PageInput("About " + LONG_WORD, "about",
                HtmlSanitizer.sanitize("<p>We follow one beat. " + LONG_URL + "</p>"), null, true, null, 1, true,
                null));
    }

    private static void create(ContentService content, String title, String body, Instant when) {
        content.create(new PostInput(title, "", HtmlSanitizer.sanitize(body), null, "",
                new Publication(PostStatus.PUBLISHED, when, false), "Min-ji Park " + LONG_WORD, "Harbour Daily",
                LONG_URL, List.of("Refugees"), List.of("winter"), null), Actor.COMMAND_LINE);
    }

    /** One address of each public page type; the long post's address is read from the home page. */
    private static Map<String, String> pageTypes(RunningSite site) {
        String post = site.page("/").select("main article h2 a").first().attr("href");
        String author = site.page(post).select(".byline a").attr("href");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("home-page-2", "/page/2/");
        pages.put("post", post);
        pages.put("page", "/about/");
        pages.put("category", "/category/refugees/");
        pages.put("tag", "/tag/winter/");
        pages.put("author", author);
        pages.put("source", "/source/harbour-daily/");
        pages.put("year", "/2024/");
        pages.put("month", "/2024/03/");
        pages.put("day", "/2024/03/20/");
        pages.put("category-index", "/category/");
        pages.put("tag-index", "/tag/");
        pages.put("source-index", "/source/");
        pages.put("author-index", "/author/");
        pages.put("date-index", "/archive/");
        pages.put("search", "/search/?q=winter+" + LONG_WORD);
        pages.put("not-found", "/no-such-page/");
        return pages;
    }

    private static void emulate(ChromeDriver driver, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
    }

    private static long number(ChromeDriver driver, String script) {
        return ((Number) driver.executeScript(script)).longValue();
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
