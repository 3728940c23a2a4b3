package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Markdown;
import org.tidings.content.PostInput;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.store.AdminPostFilter;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** The dashboard: what waits, what is scheduled and when, the drafts, recent activity, the quick draft. */
class DashboardTest {
    private static final Instant LATER = Instant.parse("2031-05-01T09:30:00Z");
    private static RunningSite site;
    private static AdminClient editor;
    private static AdminClient contributor;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "deskchief", Role.EDITOR);
        contributor = AdminClient.loggedIn(site, "stringer", Role.CONTRIBUTOR);
        ContentService content = site.app().content();
        long pending = content.create(PostInput.of("Flood relief waits", Markdown.toSafeHtml("x"), null),
                Actor.COMMAND_LINE);
        content.submitForReview(pending);
        long scheduled = content.create(PostInput.of("Budget day", Markdown.toSafeHtml("x"), null),
                Actor.COMMAND_LINE);
        content.schedule(scheduled, LATER);
        content.create(PostInput.of("Half-written harvest note", Markdown.toSafeHtml("x"), null), Actor.COMMAND_LINE);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void showsPendingScheduledWithItsTimeAndDrafts() {
        Document page = editor.page("/admin/");
        assertThat(page.select("section[aria-labelledby=dash-pending] li a").eachText()).contains("Flood relief waits");
        assertThat(page.select("section[aria-labelledby=dash-scheduled] li").text()).contains("Budget day",
                "1 May 2031, 09:30");
        assertThat(page.select("section[aria-labelledby=dash-scheduled] time").attr("datetime"))
                .isEqualTo(LATER.toString());
        assertThat(page.select("section[aria-labelledby=dash-drafts] li a").eachText())
                .contains("Half-written harvest note");
        assertThat(page.select("section[aria-labelledby=dash-pending] a[href=/admin/posts/?status=pending]")).hasSize(1);
        HtmlCheck.save("admin-dashboard", page.outerHtml());
    }

    @Test
    void recentActivitySaysWhoPublishedWhat() {
        long id = EditorForms.savedId(editor.submit("/admin/posts/new/", EditorForms.post("Bridge reopens", "draft")));
        editor.submit("/admin/posts/" + id + "/", EditorForms.post("Bridge reopens", "published"));
        var activity = editor.page("/admin/").select("section[aria-labelledby=dash-activity] li");
        assertThat(activity.eachText()).anyMatch(line -> line.contains("deskchief published “Bridge reopens”"))
                .anyMatch(line -> line.contains("deskchief started “Bridge reopens”"));
        assertThat(activity.select("a[href=/admin/posts/" + id + "/]")).isNotEmpty();
    }

    @Test
    void aQuickDraftIsSavedAsTheWritersOwnDraft() {
        HttpResponse<String> saved = contributor.submit("/admin/drafts/",
                Map.of("title", "Night market notes", "text", "Stalls *open* late."));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document page = contributor.page(saved.headers().firstValue("Location").orElseThrow());
        assertThat(page.select("[role=status]").text()).contains("Draft saved");
        assertThat(page.select("section[aria-labelledby=dash-drafts] li a").eachText())
                .as("a contributor sees their own drafts, not others'").containsExactly("Night market notes");
        assertThat(page.select("section[aria-labelledby=dash-pending] li")).isEmpty();
        var draft = site.app().stores().posts().bySlug("night-market-notes").orElseThrow();
        assertThat(draft.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(draft.bodyHtml()).contains("<em>open</em>");
    }

    @Test
    void aQuickDraftWithoutTitleKeepsTheText() {
        HttpResponse<String> refused = editor.submit("/admin/drafts/", Map.of("title", " ", "text", "Keep me"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#quick-title-problem").text()).isEqualTo("Give the draft a title.");
        assertThat(page.select("#quick-text").text()).isEqualTo("Keep me");
    }

    @Test
    void aQuickDraftNeedsTheTokenAndALogin() {
        int before = site.app().stores().adminPosts().count(
                new AdminPostFilter(null, null, null, null, null, null));
        assertThat(editor.post("/admin/drafts/", Map.of("title", "Forged", "text", "x")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> stranger = new AdminClient(site).post("/admin/drafts/",
                Map.of("title", "Forged", "text", "x"));
        assertThat(stranger.statusCode()).isIn(303, 403);
        assertThat(site.app().stores().adminPosts().count(
                new AdminPostFilter(null, null, null, null, null, null))).isEqualTo(before);
    }
}
