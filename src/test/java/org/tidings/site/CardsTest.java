package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;

/** Listings show each post as a card that stands for its text; only the post's own page shows it in full. */
class CardsTest {
    private static final String LONG_PARAGRAPH = "Officials said the new centre would open in spring. ".repeat(12);
    private static RunningSite site;

    @BeforeAll
    static void startSite() {
        site = RunningSite.start();
        create("Shelter opens with an excerpt", "A short summary the editor wrote.",
                "<p>First paragraph of the shelter story.</p><p>Second paragraph, only on the post's page.</p>",
                day(2024, 5, 3));
        create("Talks resume without an excerpt", "",
                "<figure><img src=\"/media/x.jpg\" alt=\"\"></figure><p> </p><p>" + LONG_PARAGRAPH
                        + "</p><p>The second paragraph stays on the post's page.</p>",
                day(2024, 5, 2));
        create("Report with addresses", "",
                "<p>The report is at https://example.org/report?id=7&amp;lang=en. Also see "
                        + "<a href=\"https://example.org/linked\">https://example.org/linked</a> and "
                        + "(https://example.org/wiki/Seoul_(city)).</p>"
                        + "<pre><code>curl https://example.org/api</code></pre>",
                day(2024, 5, 1));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aCardShowsTheExcerptInsteadOfTheText() {
        Element card = card(site.page("/"), "Shelter opens with an excerpt");
        assertThat(card.select(".card-teaser").text()).isEqualTo("A short summary the editor wrote.");
        assertThat(card.text()).doesNotContain("First paragraph").doesNotContain("Second paragraph");
        assertThat(card.select(".byline").text()).isEqualTo("Posted on 3 May 2024 by Desk");
        assertThat(card.select(".source").text()).isEqualTo("[Harbour Daily]");
        assertThat(card.select(".source a").attr("href")).isEqualTo("/source/harbour-daily/");
    }

    @Test
    void withoutAnExcerptACardShowsTheFirstParagraphWithWordsCutShort() {
        Element card = card(site.page("/"), "Talks resume without an excerpt");
        String teaser = card.select(".card-teaser").text();
        assertThat(teaser).startsWith("Officials said the new centre would open in spring.").endsWith("…");
        assertThat(teaser.length()).isLessThanOrEqualTo(Teasers.LENGTH);
        assertThat(LONG_PARAGRAPH).startsWith(teaser.substring(0, teaser.length() - 1));
        assertThat(card.text()).doesNotContain("second paragraph");
        assertThat(card.select("img")).isEmpty();
    }

    @Test
    void continueReadingLeadsToThePostAndNamesIt() {
        Document home = site.page("/");
        Element card = card(home, "Shelter opens with an excerpt");
        Element more = card.selectFirst("a.more");
        assertThat(more.attr("href")).isEqualTo(card.select("h2 a").attr("href"));
        assertThat(more.text()).isEqualTo("Continue reading: Shelter opens with an excerpt");
        assertThat(more.select(".visually-hidden").text()).isEqualTo(": Shelter opens with an excerpt");
        Document post = site.page(more.attr("href"));
        assertThat(post.select(".entry").text()).contains("First paragraph", "Second paragraph, only on the post's page.");
        HtmlCheck.save("cards-home", home.outerHtml());
    }

    @Test
    void archivesShowCardsToo() {
        Document source = site.page("/source/harbour-daily/");
        assertThat(source.select("main article.card")).hasSize(3);
        assertThat(source.select("main .entry")).isEmpty();
        assertThat(source.text()).doesNotContain("Second paragraph");
    }

    @Test
    void bareAddressesInAPostBecomeLinksButNotInCodeOrExistingLinks() {
        Document post = site.page(card(site.page("/"), "Report with addresses").select("h2 a").attr("href"));
        List<String> links = post.select(".entry a").eachAttr("href");
        assertThat(links).containsExactly("https://example.org/report?id=7&lang=en", "https://example.org/linked",
                // The sanitizer writes brackets in addresses encoded; browsers read both alike.
                "https://example.org/wiki/Seoul_%28city%29");
        assertThat(post.select(".entry a").first().attr("rel")).contains("noopener", "noreferrer");
        assertThat(post.select(".entry a").first().text()).isEqualTo("https://example.org/report?id=7&lang=en");
        assertThat(post.select(".entry p").text()).contains("lang=en. Also see", "(city)).");
        assertThat(post.select(".entry pre a")).isEmpty();
        assertThat(post.select(".entry pre").text()).isEqualTo("curl https://example.org/api");
        HtmlCheck.save("cards-post-with-addresses", post.outerHtml());
    }

    private static Element card(Document page, String title) {
        return page.select("main article.card").stream()
                .filter(card -> card.select("h2").text().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + title));
    }

    private static void create(String title, String excerpt, String body, Instant when) {
        site.app().content().create(new PostInput(title, "", HtmlSanitizer.sanitize(body), null, excerpt,
                new Publication(PostStatus.PUBLISHED, when, false), "Desk", "Harbour Daily", null, List.of(),
                List.of(), null), Actor.COMMAND_LINE);
    }
}
