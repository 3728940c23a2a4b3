package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Browser;
import org.tidings.testing.RunningSite;

/**
 * An editor in headless Chromium follows two outlets whose feeds (served on 127.0.0.1) report the
 * same story, polls them, finds the story in the inbox with the other outlet under it, opens its
 * draft screen from the keyboard, creates and publishes the draft, and reads the attributed post.
 */
class InboxBrowserTest {
    private static final String STORY = "Five North Korean defectors reached Seoul by boat on Tuesday after crossing "
            + "the sea border at night near Baengnyeong island, the unification ministry said.";

    @Test
    void anEditorTurnsAStoryFromTwoOutletsIntoAnAttributedPost() throws IOException {
        // Two outlets on two loopback addresses: a feed joins the outlet of its host.
        HttpServer harbour = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpServer peninsula = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        serve(harbour, "/harbour.xml", rss("Harbour Daily", "http://127.0.0.1/harbour/", "Five defectors reach Seoul by boat",
                "http://127.0.0.1/harbour/defectors?utm_source=rss", now.minusSeconds(600)));
        serve(peninsula, "/peninsula.xml", rss("Peninsula Wire", "http://127.0.0.2/peninsula/",
                "Five North Korean defectors arrive in Seoul by boat", "http://127.0.0.2/peninsula/defectors",
                now.minusSeconds(300)));
        harbour.start();
        peninsula.start();
        try (RunningSite site = RunningSite.fetchingPrivate(); Browser browser = Browser.start()) {
            AdminClient.loggedIn(site, "curator", Role.EDITOR);
            WebDriver driver = browser.driver();
            logIn(driver, site.baseUrl());

            follow(driver, site.baseUrl(), "http://127.0.0.1:" + harbour.getAddress().getPort() + "/harbour.xml");
            follow(driver, site.baseUrl(), "http://127.0.0.2:" + peninsula.getAddress().getPort() + "/peninsula.xml");
            assertThat(driver.findElement(By.cssSelector(".feed-list")).getText())
                    .contains("Harbour Daily", "Peninsula Wire");
            site.app().curation().poller().pollDue(poll -> { });

            driver.get(site.baseUrl() + "/admin/inbox/");
            assertThat(driver.findElements(By.cssSelector("li.inbox-item"))).hasSize(1);
            String row = driver.findElement(By.cssSelector("li.inbox-item")).getText();
            assertThat(row).contains("Five North Korean defectors arrive in Seoul by boat", "Peninsula Wire",
                    "Harbour Daily");
            new Actions(driver).sendKeys("j").sendKeys("e").perform();
            assertThat(driver.getCurrentUrl()).matches(".*/admin/inbox/[0-9]+/draft/");
            Browser.submit(driver, By.cssSelector("form.inbox-draft button[type=submit]"));
            assertThat(driver.getCurrentUrl()).matches(".*/admin/posts/[0-9]+/");

            Browser.submit(driver, By.cssSelector("button[name=save][value=published]"));
            driver.get(site.baseUrl() + "/");
            driver.findElement(By.linkText("Five North Korean defectors arrive in Seoul by boat")).click();
            String post = driver.findElement(By.tagName("main")).getText();
            assertThat(post).contains("reached Seoul by boat", "[Peninsula Wire]", "Read more");
            assertThat(driver.findElement(By.linkText("Read more")).getAttribute("href"))
                    .isEqualTo("http://127.0.0.2/peninsula/defectors");
            assertThat(driver.findElement(By.cssSelector("p.source a")).getAttribute("href"))
                    .isEqualTo("http://127.0.0.2/peninsula/defectors");

            driver.get(site.baseUrl() + "/admin/inbox/?state=all");
            assertThat(driver.findElement(By.cssSelector("li.inbox-item .published")).getText()).isNotBlank();
        } finally {
            harbour.stop(0);
            peninsula.stop(0);
        }
    }

    private static void logIn(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/admin/login/");
        driver.findElement(By.id("username")).sendKeys("curator");
        driver.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        Browser.submit(driver, By.cssSelector("main form button[type=submit]"));
    }

    private static void follow(WebDriver driver, String baseUrl, String feedUrl) {
        driver.get(baseUrl + "/admin/feeds/");
        driver.findElement(By.id("url")).sendKeys(feedUrl, Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("/admin/feeds/");
    }

    private static void serve(HttpServer server, String path, String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String rss(String outlet, String site, String title, String link, Instant published) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" + outlet
                + "</title><link>" + site + "</link><description>News</description><item><title>" + title
                + "</title><link>" + link.replace("&", "&amp;") + "</link><guid>" + link.replace("&", "&amp;")
                + "</guid><pubDate>" + date + "</pubDate><description><![CDATA[<p>" + STORY
                + "</p><p>They asked to stay in the South.</p>]]></description></item></channel></rss>";
    }
}
