package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;

/** An admin names the site and gives it a tagline in Settings; readers see it on the next page. */
class SiteSettingsTest {
    private static Map<String, String> names(String title, String tagline) {
        return Map.of("site_title", title, "site_description", tagline);
    }

    @Test
    void aNewTitleShowsOnPagesAndFeedsAtOnceAndStaysAfterARestart() throws Exception {
        Path data;
        try (RunningSite site = RunningSite.start()) {
            site.app().content().create(Posts.published("Winter shelters open", "Beds for all."), Actor.COMMAND_LINE);
            assertThat(site.page("/").title()).isEqualTo("Tidings");
            AdminClient admin = AdminClient.loggedIn(site, "root", Role.ADMIN);
            Document settings = admin.page("/admin/settings/");
            HtmlCheck.save("admin-settings", settings.outerHtml());
            assertThat(settings.select("#site_title").val()).isEqualTo("Tidings");

            HttpResponse<String> saved = admin.submit("/admin/settings/", names("Border Watch", "Refugee news, daily"));
            assertThat(saved.statusCode()).isEqualTo(303);
            Document home = site.page("/");
            assertThat(home.title()).isEqualTo("Border Watch – Refugee news, daily");
            assertThat(home.select(".site-title").text()).isEqualTo("Border Watch");
            assertThat(site.page("/2024/05/01/winter-shelters-open/").title()).endsWith("Border Watch");
            String rss = site.get("/feed/").body();
            assertThat(new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(
                    rss.getBytes(StandardCharsets.UTF_8)))).getTitle()).isEqualTo("Border Watch");
            assertThat(site.app().stores().audit().newest("settings.changed", "root", null, 1)).singleElement()
                    .satisfies(entry -> assertThat(entry.subject()).contains("Border Watch"));
            data = site.dataDir();
        }
        try (RunningSite again = RunningSite.over(data)) {
            assertThat(again.page("/").title()).isEqualTo("Border Watch – Refugee news, daily");
        }
    }

    @Test
    void aBlankOrOverlongTitleIsRefusedWithTheTypedValuesKept() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient admin = AdminClient.loggedIn(site, "root", Role.ADMIN);
            for (Map.Entry<String, String> bad : Map.of("   ", "Give the site a title.",
                    "x".repeat(201), "The title is longer than 200 characters.").entrySet()) {
                HttpResponse<String> answer = admin.submit("/admin/settings/", names(bad.getKey(), "Kept tagline"));
                assertThat(answer.statusCode()).isEqualTo(422);
                Document page = org.jsoup.Jsoup.parse(answer.body());
                assertThat(page.select(".error").text()).isEqualTo(bad.getValue());
                assertThat(page.select("#site_description").val()).isEqualTo("Kept tagline");
            }
            assertThat(site.page("/").title()).isEqualTo("Tidings");
        }
    }

    @Test
    void onlyAdminsMayRenameTheSite() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient editor = AdminClient.loggedIn(site, "ed", Role.EDITOR);
            assertThat(editor.submit("/admin/settings/", names("Hijacked", "")).statusCode()).isEqualTo(403);
            assertThat(site.page("/").title()).isEqualTo("Tidings");
        }
    }
}
