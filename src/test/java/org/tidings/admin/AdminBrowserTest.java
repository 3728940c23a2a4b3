package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Authenticator;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/** The admin in headless Chromium: enrol two-factor login, log out, log in with password and code. */
class AdminBrowserTest {
    private final TestClock clock = TestClock.atNow();

    /** Logs in with the password form and waits until the browser has left it. */
    static void logInWithPassword(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/admin/login/");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
        waitFor(driver, ExpectedConditions.not(ExpectedConditions.urlToBe(baseUrl + "/admin/login/")));
    }

    /** Waits for a page a click leads to; a click returns before the next page has loaded. */
    static <T> T waitFor(WebDriver driver, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    @Test
    void anAdminEnrolsTwoFactorLoginAndLogsInWithPasswordAndCode() {
        try (RunningSite site = RunningSite.start(clock); Browser browser = Browser.start()) {
            site.app().admin().accounts().create(Actor.COMMAND_LINE, "chief", Role.ADMIN, AdminClient.PASSWORD);
            WebDriver driver = browser.driver();
            logInWithPassword(driver, site.baseUrl(), "chief", AdminClient.PASSWORD);
            waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));

            driver.findElement(By.linkText("Your account")).click();
            waitFor(driver, ExpectedConditions.elementToBeClickable(By.linkText("Turn on two-factor login"))).click();
            waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Two-factor login"));
            WebElement qr = driver.findElement(By.cssSelector("svg.qr"));
            assertThat(qr.isDisplayed()).isTrue();
            assertThat(qr.getSize().getWidth()).isGreaterThan(100);
            Authenticator app = new Authenticator(driver.findElement(By.id("secret")).getText());
            driver.findElement(By.id("code")).sendKeys(app.codeAt(clock.instant()));
            driver.findElement(By.cssSelector("form[action='/admin/account/two-factor/'] button")).click();
            waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Two-factor login is on"));
            assertThat(driver.findElements(By.cssSelector(".codes code"))).hasSize(10);

            driver.findElement(By.cssSelector("form.logout button")).click();
            waitFor(driver, ExpectedConditions.textToBe(By.cssSelector(".notice"), "You have logged out."));
            clock.advance(Duration.ofSeconds(30));

            logInWithPassword(driver, site.baseUrl(), "chief", AdminClient.PASSWORD);
            assertThat(driver.getCurrentUrl()).contains("/admin/login/two-factor/");
            WebElement code = driver.findElement(By.name("code"));
            assertThat(code.getAttribute("autocomplete")).isEqualTo("one-time-code");
            code.sendKeys(app.codeAt(clock.instant()));
            driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
            waitFor(driver, ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
            assertThat(driver.findElement(By.cssSelector(".who")).getText()).isEqualTo("chief (admin)");
        }
    }
}
