package org.tidings.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium. Tests that need it skip, saying why, only
 * where Chromium is not installed (CI installs it).
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a fresh headless Chromium with an empty profile. */
    public static Browser start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /** Clicks a submit button and waits for the page it leads to. */
    public static void submit(WebDriver driver, By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(page));
    }

    /** Whether the old page's root is gone; Chromium reports that as stale, or as a node of another document. */
    private static boolean isGone(WebElement root) {
        try {
            root.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
