package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Authenticator;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;

/** The admin in headless Chromium: enrol two-factor login, log out, log in with password and code. */
class AdminBrowserTest {
    private final TestClock clock = TestClock.atNow();

    /** Logs in with the password form and lands on whatever comes next. */
    static void logInWithPassword(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/admin/login/");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    }

    @Test
    void anAdminEnrolsTwoFactorLoginAndLogsInWithPasswordAndCode() {
        try (RunningSite site = RunningSite.start(clock); Browser browser = Browser.start()) {
            site.app().admin().accounts().create(null, null, "chief", Role.ADMIN, AdminClient.PASSWORD);
            WebDriver driver = browser.driver();
            logInWithPassword(driver, site.baseUrl(), "chief", AdminClient.PASSWORD);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

            driver.findElement(By.linkText("Your account")).click();
            driver.findElement(By.linkText("Turn on two-factor login")).click();
            WebElement qr = driver.findElement(By.cssSelector("svg.qr"));
            assertThat(qr.isDisplayed()).isTrue();
            assertThat(qr.getSize().getWidth()).isGreaterThan(100);
            Authenticator app = new Authenticator(driver.findElement(By.id("secret")).getText());
            driver.findElement(By.id("code")).sendKeys(app.codeAt(clock.instant()));
            driver.findElement(By.cssSelector("form[action='/admin/account/two-factor/'] button")).click();
            assertThat(driver.findElements(By.cssSelector(".codes code"))).hasSize(10);

            driver.findElement(By.cssSelector("form.logout button")).click();
            assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You have logged out.");
            clock.advance(Duration.ofSeconds(30));

            logInWithPassword(driver, site.baseUrl(), "chief", AdminClient.PASSWORD);
            assertThat(driver.getCurrentUrl()).contains("/admin/login/two-factor/");
            WebElement code = driver.findElement(By.name("code"));
            assertThat(code.getAttribute("autocomplete")).isEqualTo("one-time-code");
            code.sendKeys(app.codeAt(clock.instant()));
            driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
            assertThat(driver.findElement(By.cssSelector(".who")).getText()).isEqualTo("chief (admin)");
        }
    }
}
