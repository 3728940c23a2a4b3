package org.tidings.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.content.ContentService;
import org.tidings.content.TidingsException;
import org.tidings.store.Database;
import org.tidings.store.PostFilter;
import org.tidings.store.Stores;
import org.tidings.testing.HtmlCheck;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;

class TextArchiveImportTest {
    static final Path FIXTURE = Path.of("../shared/fixtures/archive-category-north-korean-refugee.txt");
    static final List<String> TITLES = List.of(
            "North Korean hacker group carries out attack under guise of North Korean defector information",
            "China warns citizens to keep away from its North Korean border",
            "One in five North Korean defectors experience discrimination in the South",
            "Crash Landing on You: The defector who brought North-South Korean romance to life",
            "North Korean refugees seek political voice in the South with new political party",
            "The risks of being a North Korean Christian",
            "Inside London’s community of North Korean defectors",
            "North Korea’s most senior defector to run for parliament in the South",
            "North Korean refugee arrives in U.S.",
            "Fifteen repatriated North Korean refugees quarantined for coronavirus with tuberculosis patients");
    static final List<String> OUTLETS = List.of("[ESRC]", "[Reuters]", "[Yonhap]", "[BBC]", "[Times of India]",
            "[CBN]", "[The Independent]", "[The Guardian]", "[Yonhap]", "[Radio Free Asia]");

    @TempDir
    Path dataDir;

    @Test
    void theSharedCaptureBecomesTenPostsInItsCategoryWithTheirOutlets() {
        Assumptions.assumeTrue(Files.exists(FIXTURE), "../shared/fixtures is not beside the project");
        ImportReport report = importFile(FIXTURE, null);
        assertThat(report.imported()).extracting(ImportOutcome.Imported::title).containsExactlyElementsOf(TITLES);
        assertThat(report.skipped()).isEmpty();

        try (RunningSite site = RunningSite.over(dataDir)) {
            Document first = site.page("/category/north-korean-refugee/");
            HtmlCheck.save("imported-category", first.outerHtml());
            assertThat(first.select("main h1").text()).isEqualTo("Category: North Korean refugee");
            List<Element> articles = first.select("main article");
            assertThat(articles).extracting(a -> a.select("h2").text()).containsExactlyElementsOf(TITLES);
            assertThat(articles).extracting(a -> a.select(".source").text()).containsExactlyElementsOf(OUTLETS);
            assertThat(articles).allSatisfy(a -> assertThat(a.select(".byline")).isEmpty());
            assertThat(first.text()).doesNotContain("Posted on");
            assertThat(first.select("nav.pagination")).isEmpty();
        }
    }

    @Test
    void paragraphsListsAndReadMoreSentencesSurvive() {
        Assumptions.assumeTrue(Files.exists(FIXTURE), "../shared/fixtures is not beside the project");
        importFile(FIXTURE, null);
        try (RunningSite site = RunningSite.over(dataDir)) {
            Document page = site.page(site.page("/").select("article h2 a:contains(arrives in U.S.)").attr("href"));
            Element entry = page.selectFirst("main article .entry");
            assertThat(entry.select("p")).hasSize(4);
            assertThat(entry.select("ul li").eachText()).containsExactly(
                    "The first North Korean refugees arrived in 2006, with their number peaking at 38 in 2008.",
                    "From 2009 to 2016, the number of arrivals ranged between 14 and 23.",
                    "In 2017, the figure dropped sharply to one, before increasing slightly to six in 2018.");
            Document drama = site.page(site.page("/").select("article h2 a:contains(Crash Landing)").attr("href"));
            assertThat(drama.select(".entry p")).hasSize(7);
            assertThat(drama.select(".entry").text()).contains("ingenious plot devices. Read more on this");
        }
    }

    @Test
    void importingTheSameFileAgainAddsNothingAndSaysWhy() {
        Assumptions.assumeTrue(Files.exists(FIXTURE), "../shared/fixtures is not beside the project");
        importFile(FIXTURE, null);
        ImportReport again = importFile(FIXTURE, null);
        assertThat(again.imported()).isEmpty();
        assertThat(again.skipped()).extracting(ImportOutcome.Skipped::title).containsExactlyElementsOf(TITLES);
        assertThat(again.skipped()).extracting(ImportOutcome.Skipped::reason).containsOnly("already imported");
        assertThat(postCount()).isEqualTo(10);
    }

    @Test
    void datesAuthorsAndAnExplicitCategoryAreKept() throws IOException {
        Path file = write("dated.txt", """
                Category: Ignored header

                Talks resume at the border

                Posted on March 5, 2020 by Jane Doe

                Officials met on Thursday.

                > "We will keep talking," one said.

                Read more: https://example.org/talks.

                [Reuters]
                """);
        importFile(file, "Diplomacy");
        try (RunningSite site = RunningSite.over(dataDir)) {
            Document page = site.page("/2020/03/05/talks-resume-at-the-border/");
            assertThat(page.select(".byline").text()).isEqualTo("Posted on 5 March 2020 by Jane Doe");
            assertThat(page.select(".entry blockquote").text()).isEqualTo("\"We will keep talking,\" one said.");
            assertThat(page.select(".source a").attr("href")).isEqualTo("https://example.org/talks");
            assertThat(page.select(".meta a[href^=/category/]").eachText()).containsExactly("Diplomacy");
        }
    }

    @Test
    void bylineClutterFromThemesIsNotPartOfTheAuthorsName() throws IOException {
        Path file = write("themed.txt", """
                First story

                Posted on 2021-02-03 by Kim Lee | Leave a comment

                Text one.

                Second story

                Posted on 4th February 2021 by admin — 3 Comments

                Text two.
                """);
        importFile(file, null);
        try (RunningSite site = RunningSite.over(dataDir)) {
            assertThat(site.page("/2021/02/03/first-story/").select(".byline").text())
                    .isEqualTo("Posted on 3 February 2021 by Kim Lee");
            assertThat(site.page("/2021/02/04/second-story/").select(".byline").text())
                    .isEqualTo("Posted on 4 February 2021 by admin");
        }
    }

    @Test
    void aPostWithoutATitleIsSkippedWithItsReasonAndTheOthersImported() throws IOException {
        Path file = write("untitled.txt", """
                Posted on by

                A body with no title above it.

                [Reuters]

                A proper title

                Posted on by

                A proper body.

                [Yonhap]
                """);
        ImportReport report = importFile(file, null);
        assertThat(report.imported()).extracting(ImportOutcome.Imported::title).containsExactly("A proper title");
        assertThat(report.skipped()).containsExactly(new ImportOutcome.Skipped("", "line 1: a post without a title"));
        assertThat(postCount()).isEqualTo(1);
    }

    @Test
    void malformedFilesAreRefusedWithAClearMessageAndStoreNothing() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertRefused(write("empty.txt", ""), "the file is empty");
        assertRefused(write("blank.txt", "\n\n   \n"), "the file is empty");
        assertRefused(writeBytes("garbage.bin", garbage), "binary data");
        assertRefused(writeBytes("latin1.txt", "Caf\u00e9 news\nPosted on by\n".getBytes(StandardCharsets.ISO_8859_1)),
                "not UTF-8");
        assertRefused(write("prose.txt", "Just a letter.\n\nNo posts in it at all.\n"), "no posts found");
        assertRefused(dataDir.resolve("missing.txt"), "no such file");
        Path huge = dataDir.resolve("huge.txt");
        try (var out = Files.newOutputStream(huge)) {
            byte[] chunk = "Title\nPosted on by\nText\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        assertRefused(huge, "may be at most 16 MB");
        assertThat(postCount()).isZero();
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> importFile(file, null)).isInstanceOf(TidingsException.class)
                .hasMessageContaining(message);
    }

    private ImportReport importFile(Path file, String category) {
        try (Database database = TestStore.open(dataDir)) {
            var content = new ContentService(Stores.over(database), Clock.systemUTC());
            return new TextArchiveImporter(content, ZoneOffset.UTC).importFile(file, category, outcome -> { });
        }
    }

    private int postCount() {
        try (Database database = TestStore.open(dataDir)) {
            return Stores.over(database).posts().countPublished(PostFilter.all());
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dataDir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dataDir.resolve(name), bytes);
    }
}
