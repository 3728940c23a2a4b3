package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Markdown;
import org.tidings.content.PostInput;
import org.tidings.content.Role;
import org.tidings.content.Taxonomy;
import org.tidings.testing.AdminClient;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** The admin's post list: filters by status, byline, category and outlet, title search, pages. */
class PostListTest {
    private static RunningSite site;
    private static AdminClient editor;
    private static long refugees;
    private static long resettlement;

    @BeforeAll
    static void start() {
        site = RunningSite.start();
        editor = AdminClient.loggedIn(site, "lister", Role.EDITOR);
        ContentService content = site.app().content();
        refugees = content.terms().create(Taxonomy.CATEGORY, "Refugees", null).orThrow();
        resettlement = content.terms().create(Taxonomy.CATEGORY, "Resettlement", refugees).orThrow();
        for (int i = 1; i <= 30; i++) {
            long id = content.create(new PostInput("Market report " + i, "", Markdown.toSafeHtml("x"), "x", "", null,
                    i % 2 == 0 ? "Min-ji Park" : "J. Han", i % 3 == 0 ? "Northern Wire" : "Harbour Daily", "",
                            i % 5 == 0 ? List.of("Resettlement") : List.of(), List.of(), null), Actor.COMMAND_LINE);
            if (i % 4 == 0) {
                content.publish(id);
            }
        }
        content.create(new PostInput("Clinic 100% open_now", "", Markdown.toSafeHtml("x"), "x", "", null, "", "", "",
                List.of(), List.of(), null), Actor.COMMAND_LINE);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void listsTwentyFivePostsAPageWithLinksToTheRest() {
        Document first = editor.page("/admin/posts/");
        assertThat(first.select("table.posts tbody tr")).hasSize(25);
        assertThat(first.select(".count").text()).contains("31 post(s)", "Page 1 of 2");
        String next = first.select("a[rel=next]").attr("href");
        Document second = editor.page(next);
        assertThat(second.select("table.posts tbody tr")).hasSize(6);
        assertThat(second.select("a[rel=prev]")).hasSize(1);
        assertThat(second.select("a[rel=next]")).isEmpty();
        HtmlCheck.save("admin-post-list", first.outerHtml());
    }

    @Test
    void filtersCombineAndTheFilteredPagesKeepTheirFilters() {
        long author = site.app().stores().authors().bySlug("min-ji-park").orElseThrow().id();
        long outlet = site.app().stores().sources().bySlug("northern-wire").orElseThrow().id();
        assertThat(titles("/admin/posts/?status=published")).hasSize(7).allMatch(t -> t.startsWith("Market report"));
        assertThat(titles("/admin/posts/?author=" + author)).hasSize(15);
        assertThat(titles("/admin/posts/?outlet=" + outlet)).hasSize(10);
        assertThat(titles("/admin/posts/?author=" + author + "&outlet=" + outlet))
                .containsExactlyInAnyOrder("Market report 6", "Market report 12", "Market report 18",
                        "Market report 24", "Market report 30");
        assertThat(titles("/admin/posts/?category=" + refugees)).as("a parent category includes its children")
                .hasSize(6);
        assertThat(titles("/admin/posts/?category=" + resettlement + "&status=draft"))
                .containsExactlyInAnyOrder("Market report 5", "Market report 10", "Market report 15",
                        "Market report 25", "Market report 30");
        Document drafts = editor.page("/admin/posts/?status=draft");
        assertThat(drafts.select("select[name=status] option[selected]").attr("value")).isEqualTo("draft");
        Document reports = editor.page("/admin/posts/?q=report");
        assertThat(reports.select("input[name=q]").val()).isEqualTo("report");
        assertThat(reports.select("a[rel=next]").attr("href")).contains("q=report", "page=2");
    }

    @Test
    void searchMatchesPartOfTitlesIgnoringCaseAndTakesWildcardsLiterally() {
        assertThat(titles("/admin/posts/?q=REPORT+2")).containsExactlyInAnyOrder("Market report 2",
                "Market report 20", "Market report 21", "Market report 22", "Market report 23", "Market report 24",
                "Market report 25", "Market report 26", "Market report 27", "Market report 28", "Market report 29");
        assertThat(titles("/admin/posts/?q=100%25")).containsExactly("Clinic 100% open_now");
        assertThat(titles("/admin/posts/?q=n_w")).isEmpty();
        assertThat(editor.page("/admin/posts/?q=nothing+like+this").select("main").text()).contains("No posts match");
    }

    @Test
    void badFilterValuesAreIgnoredRatherThanFailing() {
        assertThat(titles("/admin/posts/?status=bogus&author=x&page=999")).hasSize(6);
    }

    @Test
    void eachRowShowsItsPublishDateAndLinksToThePublicPageOnceItIsPublished() {
        var published = editor.page("/admin/posts/?q=report+4").select("table.posts tbody tr").first();
        assertThat(published.select("td[data-label=Published]").text())
                .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        String view = published.select("td.view a").attr("href");
        assertThat(view).doesNotStartWith("/admin/");
        assertThat(site.get(view).body()).contains("Market report 4");
        var draft = editor.page("/admin/posts/?q=report+1&status=draft").select("table.posts tbody tr").stream()
                .filter(row -> row.select("td.title").text().equals("Market report 1")).findFirst().orElseThrow();
        assertThat(draft.select("td[data-label=Published]").text()).isEmpty();
        assertThat(draft.select("td[data-label=Status]").text()).isEqualTo("draft");
        assertThat(draft.select("td.view a").attr("href")).isEqualTo(draft.select("td.title a").attr("href"))
                .startsWith("/admin/posts/");
    }

    private static List<String> titles(String path) {
        return editor.page(path).select("table.posts tbody tr td:first-child a").eachText();
    }
}
