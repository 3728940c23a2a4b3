package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Axe;
import org.tidings.testing.Browser;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;

/**
 * axe finds no accessibility violations on any admin screen, in English and in Korean, and each screen is saved
 * for the Nu HTML Checker. The screens are every
 * registered GET route under /admin without a parameter (so tomorrow's screen is checked too) plus the screens of
 * one post and one category.
 */
class AdminAccessibilityBrowserTest {

    @Test
    void axeFindsNoViolationsOnAnyAdminScreenInEitherLanguage() {
        try (RunningSite site = RunningSite.withDemo(); Browser browser = Browser.start()) {
            ContentService content = site.app().content();
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "checker", Role.ADMIN, AdminClient.PASSWORD);
            long post = content.create(Posts.draft("Ferry service resumes", "Boats sail again."), Actor.COMMAND_LINE);
            long category = content.terms().create(Taxonomy.CATEGORY, "Transport", null).orThrow();
            List<String> screens = screens(site, post, category);
            assertThat(screens).hasSizeGreaterThan(20);
            WebDriver driver = browser.driver();
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Map<String, List<String>> violations = new LinkedHashMap<>();
            violations.putAll(check(driver, site.baseUrl(), List.of("/admin/login/"), "en"));
            AdminBrowserTest.logInWithPassword(driver, site.baseUrl(), "checker", AdminClient.PASSWORD);
            violations.putAll(check(driver, site.baseUrl(), screens, "en"));
            content.saveSettings(Map.of("site.language", "ko"));
            violations.putAll(check(driver, site.baseUrl(), screens, "ko"));
            assertThat(violations).isEmpty();
        }
    }

    private static List<String> screens(RunningSite site, long post, long category) {
        List<String> screens = new ArrayList<>(site.app().routes().stream()
                .filter(route -> route.startsWith("GET /admin/"))
                .map(route -> route.substring("GET ".length()))
                .filter(path -> !path.contains("{") && !path.contains("<") && !path.contains(".")
                        && !path.contains("logout") && !path.startsWith("/admin/login/"))
                .distinct().toList());
        screens.addAll(List.of("/admin/posts/" + post + "/", "/admin/posts/" + post + "/revisions/",
                "/admin/categories/" + category + "/"));
        return screens;
    }

    /** The violations axe reports per screen that answers with an HTML page, keyed by language and path. */
    private static Map<String, List<String>> check(WebDriver driver, String baseUrl, List<String> paths,
            String language) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : paths) {
            driver.get(baseUrl + path);
            // A screen that sent the browser elsewhere (to the login form) would be checked in its place.
            assertThat(driver.getCurrentUrl()).as("shown at its own address").isEqualTo(baseUrl + path);
            Object type = ((JavascriptExecutor) driver).executeScript("return document.contentType;");
            if (!"text/html".equals(type)) {
                continue;
            }
            assertThat(driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"))
                    .as("language of " + path).isEqualTo(language);
            HtmlCheck.save("admin-screen-" + language + path, source(driver));
            List<String> violations = Axe.violations(driver);
            if (!violations.isEmpty()) {
                found.put(language + " " + path, violations);
            }
        }
        return found;
    }

    /** The page as the server sent it (not the browser's DOM), for the Nu HTML Checker. */
    private static String source(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.href).then(r => r.text()).then(done, e => done('fetch failed: ' + e));""");
    }
}
