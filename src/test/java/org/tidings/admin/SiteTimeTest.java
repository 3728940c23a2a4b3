package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.site.Urls;
import org.tidings.store.RedirectStore.Redirect;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.Posts;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestClock;
import org.tidings.transfer.TextArchiveImporter;

/**
 * The site's time zone and posts' dates, over HTTP: a zone set in Settings dates what editors type
 * and what readers see, but never moves an address; editors backdate and redate posts, moving the
 * address only when they ask (the old one then answers 301); posts whose date is unknown live at an
 * address without one until an editor dates them.
 */
class SiteTimeTest {
    /** 20:00 UTC on 30 April is already 1 May in Seoul. */
    private static final Instant EVENING_UTC = Instant.parse("2024-04-30T20:00:00Z");

    @Test
    void changingTheZoneKeepsEveryAddressWhileArchivesFollowTheNewZone() {
        try (RunningSite site = RunningSite.start()) {
            site.app().content().create(Posts.published("Late shift", "At night.", null, List.of(), EVENING_UTC),
                    Actor.COMMAND_LINE);
            String address = "/2024/04/30/late-shift/";
            assertThat(site.page(address).select("main").text()).contains("Late shift");

            AdminClient admin = AdminClient.loggedIn(site, "root", Role.ADMIN);
            Document settings = admin.page("/admin/settings/");
            HtmlCheck.save("admin-settings-zone", settings.outerHtml());
            assertThat(settings.select("#site_zone").val()).isEqualTo("UTC");
            assertThat(settings.select("#site_zones option").eachAttr("value")).contains("Asia/Seoul", "Europe/London");
            assertThat(admin.submit("/admin/settings/", zone("Asia/Seoul")).statusCode()).isEqualTo(303);
            assertThat(site.app().site().zone().getId()).isEqualTo("Asia/Seoul");

            assertThat(site.page(address).select("main").text()).contains("Late shift");
            assertThat(site.page("/").select("main a[href=" + address + "]")).isNotEmpty();
            assertThat(site.get("/feed/").body()).contains(address);
            assertThat(site.get("/sitemap.xml").body()).contains(address);
            assertMoved(site, "/2024/05/01/late-shift/", address);
            assertThat(site.page("/2024/05/").select("main").text()).as("1 May in Seoul").contains("Late shift");
            assertThat(site.get("/2024/04/").body()).doesNotContain("Late shift");
        }
    }

    @Test
    void anUnknownZoneIsRefusedAndChangesNothing() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient admin = AdminClient.loggedIn(site, "root", Role.ADMIN);
            for (String bad : List.of("Mars/Olympus", "+09:00", "")) {
                HttpResponse<String> answer = admin.submit("/admin/settings/", zone(bad));
                assertThat(answer.statusCode()).as(bad).isEqualTo(422);
                Document page = Jsoup.parse(answer.body());
                assertThat(page.select("#site_zone-problem").text()).contains("is not a time zone");
                assertThat(page.select("#site_zone").val()).isEqualTo(bad);
            }
            assertThat(site.app().site().zone().getId()).isEqualTo("UTC");
            assertThat(admin.submit("/admin/settings/", zone("asia/seoul")).statusCode()).isEqualTo(303);
            assertThat(site.app().stores().settings().siteZone().getId()).isEqualTo("Asia/Seoul");
        }
    }

    @Test
    void aSeoulEditorSchedulingNineOClockGoesLiveAtNineInSeoul() {
        TestClock clock = new TestClock(Instant.parse("2030-01-10T00:00:00Z"));
        try (RunningSite site = RunningSite.start(clock)) {
            AdminClient.loggedIn(site, "root", Role.ADMIN).submit("/admin/settings/", zone("Asia/Seoul"));
            AdminClient editor = AdminClient.loggedIn(site, "pat", Role.EDITOR);
            long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.with(
                    EditorForms.post("Morning briefing", "scheduled"), "publish_at", "2030-01-15T08:00")));
            assertThat(site.app().stores().posts().byId(id).orElseThrow().publishedAt())
                    .as("08:00 in Seoul").isEqualTo(Instant.parse("2030-01-14T23:00:00Z"));
            assertThat(editor.page("/admin/posts/" + id + "/").select("#publish_at").val())
                    .isEqualTo("2030-01-15T08:00:00");
            assertThat(editor.page("/admin/posts/").select("table.posts tbody tr td[data-label=Published]").text())
                    .as("the post list shows it at Seoul time").isEqualTo("15 Jan 2030, 08:00");

            clock.advance(Duration.ofDays(4).plusHours(22));
            site.app().content().publishDue();
            assertThat(status(site, id)).as("22:00 UTC is 07:00 in Seoul: not yet").isEqualTo(PostStatus.SCHEDULED);
            clock.advance(Duration.ofHours(2));
            site.app().content().publishDue();
            assertThat(status(site, id)).isEqualTo(PostStatus.PUBLISHED);
            assertThat(site.page("/2030/01/15/morning-briefing/").select("main").text())
                    .as("dated on its Seoul day, not the UTC one").contains("Morning briefing");
        }
    }

    @Test
    void backdatingAPublishedPostKeepsItsAddressUnlessTheEditorMovesIt() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient editor = AdminClient.loggedIn(site, "pat", Role.EDITOR);
            Map<String, String> form = EditorForms.post("Border talks", "published");
            long id = EditorForms.savedId(editor.submit("/admin/posts/new/", form));
            String first = path(site, id);
            Document edit = editor.page("/admin/posts/" + id + "/");
            HtmlCheck.save("admin-post-edit-date", edit.outerHtml());
            assertThat(edit.select("#move_address")).isNotEmpty();

            EditorForms.savedId(editor.submit("/admin/posts/" + id + "/",
                    EditorForms.with(form, "publish_at", "2020-03-01T10:00")));
            var kept = site.app().stores().posts().byId(id).orElseThrow();
            assertThat(kept.publishedAt()).isEqualTo(Instant.parse("2020-03-01T10:00:00Z"));
            assertThat(path(site, id)).as("the address stays").isEqualTo(first);
            assertThat(site.page(first).select("main").text()).contains("Border talks");
            assertThat(site.page("/2020/03/").select("main").text()).contains("Border talks");
            assertThat(site.app().stores().audit().newest("post.redated", "pat", null, 1)).singleElement()
                    .satisfies(entry -> assertThat(entry.subject()).contains("address kept"));

            Map<String, String> moving = EditorForms.with(form, "publish_at", "2020-03-02T10:00");
            EditorForms.savedId(editor.submit("/admin/posts/" + id + "/", EditorForms.with(moving, "move_address", "on")));
            String moved = "/2020/03/02/border-talks/";
            assertThat(path(site, id)).isEqualTo(moved);
            assertMoved(site, first, moved);
            assertThat(site.app().stores().redirects().list(0, 10)).contains(new Redirect(first, moved));
            assertThat(site.get("/feed/").body()).contains(moved).doesNotContain(first);
            assertThat(site.get("/sitemap.xml").body()).contains(moved).doesNotContain(first);
        }
    }

    @Test
    void aNewPostPublishedWithAPastDateLivesAtThatDateAndAFutureOneIsRefused() {
        try (RunningSite site = RunningSite.start()) {
            AdminClient editor = AdminClient.loggedIn(site, "pat", Role.EDITOR);
            long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.with(
                    EditorForms.post("Old news", "published"), "publish_at", "2019-07-04T12:00")));
            assertThat(path(site, id)).isEqualTo("/2019/07/04/old-news/");
            assertThat(site.page("/2019/07/04/old-news/").select("main").text()).contains("Old news");

            HttpResponse<String> future = editor.submit("/admin/posts/new/", EditorForms.with(
                    EditorForms.post("Too soon", "published"), "publish_at", "2999-01-01T09:00"));
            assertThat(future.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(future.body()).select("#publish_at-problem").text()).contains("still to come");
        }
    }

    @Test
    void anUndatedImportLivesWithoutADateUntilAnEditorDatesIt() throws IOException {
        Path capture = Files.createTempFile("undated", ".txt");
        Files.writeString(capture, """
                Category: Refugees

                Families reach the coast

                Posted on by

                They walked for days.

                [Yonhap]

                Clinic doors stay open

                Posted on by

                Nurses stayed late.

                [Reuters]
                """);
        try (RunningSite site = RunningSite.start()) {
            new TextArchiveImporter(site.app().content(), site.app().site().zone()).importFile(capture, null, o -> { });
            Document home = site.page("/");
            assertThat(home.select("main article h2 a").eachAttr("href"))
                    .containsExactlyInAnyOrder("/post/families-reach-the-coast/", "/post/clinic-doors-stay-open/");
            assertThat(site.page("/post/families-reach-the-coast/").select("main").text()).contains("They walked");
            assertThat(site.get("/sitemap.xml").body()).contains("/post/families-reach-the-coast/");

            long families = site.app().stores().posts().bySlug("families-reach-the-coast").orElseThrow().id();
            long clinic = site.app().stores().posts().bySlug("clinic-doors-stay-open").orElseThrow().id();
            AdminClient editor = AdminClient.loggedIn(site, "pat", Role.EDITOR);
            Document edit = editor.page("/admin/posts/" + families + "/");
            assertThat(edit.select("#publish_at").val()).isEmpty();
            assertThat(edit.select(".post-date").text()).contains("date is unknown");

            Map<String, String> dated = EditorForms.with(EditorForms.post("Families reach the coast", "published"),
                    "publish_at", "2020-02-14T09:00");
            EditorForms.savedId(editor.submit("/admin/posts/" + families + "/", EditorForms.with(dated, "move_address", "on")));
            assertMoved(site, "/post/families-reach-the-coast/", "/2020/02/14/families-reach-the-coast/");
            assertThat(site.page("/2020/02/").select("main").text()).contains("Families reach the coast");

            EditorForms.savedId(editor.submit("/admin/posts/" + clinic + "/", EditorForms.with(
                    EditorForms.post("Clinic doors stay open", "published"), "publish_at", "2020-02-15T09:00")));
            var kept = site.app().stores().posts().byId(clinic).orElseThrow();
            assertThat(kept.dateUnknown()).isFalse();
            assertThat(path(site, clinic)).as("dated, its address kept").isEqualTo("/post/clinic-doors-stay-open/");
            assertThat(site.page("/2020/02/").select("main").text()).contains("Clinic doors stay open");
        } finally {
            Files.deleteIfExists(capture);
        }
    }

    @Test
    void postsPublishedBeforeAddressesWereStoredGetThemAtTheNextStart() {
        Path data;
        try (RunningSite site = RunningSite.start()) {
            long id = site.app().content().create(Posts.published("Legacy", "Old.", null, List.of(), EVENING_UTC),
                    Actor.COMMAND_LINE);
            // As an earlier version left it: published, with no address date stored.
            site.app().stores().database().write(changes -> site.app().stores().posts().setPathDate(id, null));
            assertThat(site.app().stores().posts().byId(id).orElseThrow().pathDate()).isNull();
            data = site.dataDir();
        }
        try (RunningSite again = RunningSite.over(data)) {
            var post = again.app().stores().posts().bySlug("legacy").orElseThrow();
            assertThat(post.pathDate()).isEqualTo("2024-04-30");
            assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
            AdminClient.loggedIn(again, "root", Role.ADMIN).submit("/admin/settings/", zone("Asia/Seoul"));
            assertThat(again.page("/2024/04/30/legacy/").select("main").text()).contains("Legacy");
        }
    }

    private static Map<String, String> zone(String zone) {
        return Map.of("site_title", "Tidings", "site_description", "", "site_zone", zone);
    }

    private static PostStatus status(RunningSite site, long id) {
        return site.app().stores().posts().byId(id).orElseThrow().status();
    }

    private static String path(RunningSite site, long id) {
        return Urls.post(site.app().stores().posts().byId(id).orElseThrow(), site.app().site().zone());
    }

    private static void assertMoved(RunningSite site, String from, String to) {
        HttpResponse<String> response = site.get(from);
        assertThat(response.statusCode()).as("GET " + from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(to));
    }
}
