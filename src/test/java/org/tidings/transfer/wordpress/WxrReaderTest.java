package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser against what ../shared/corpora/wordpress-wxr/EXPECTATIONS.md says of each file ("Parser level"). */
class WxrReaderTest {

    @BeforeAll
    static void corpusIsThere() {
        Assumptions.assumeTrue(Files.isDirectory(WxrFile.CORPUS), "../shared/corpora/wordpress-wxr is not beside the project");
    }

    @Test
    void itemAndAuthorCountsOfTheBigExports() {
        assertCounts("theme-test-data/themeunittestdata.wordpress.xml", 186, 2);
        assertCounts("wordpress-importer/a11y-unit-test-data.xml", 154, 1);
        assertCounts("wordpress-importer/large-authors.xml", 0, 300);
        assertCounts("theme-test-data/64-block-test-data.xml", WxrFile.read("theme-test-data/64-block-test-data.xml").items().size(), 2);
    }

    @Test
    void wxrSimpleAndTwoReadsGiveTheSame() {
        WxrFile file = WxrFile.read("wordpress-importer/wxr-simple.xml");
        assertThat(file.channel().version()).isEqualTo("1.2");
        assertThat(file.channel().baseSiteUrl()).isEqualTo("https://playground.internal/path");
        assertThat(file.channel().baseBlogUrl()).isEqualTo("https://playground.internal/path");
        assertThat(file.authors()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("1");
            assertThat(a.login()).isEqualTo("admin");
            assertThat(a.email()).isEqualTo("admin@localhost.com");
        });
        assertThat(file.items()).singleElement().satisfies(post -> {
            assertThat(post.postId()).isEqualTo("10");
            assertThat(post.title()).isEqualTo("\"The Road Not Taken\" by Robert Frost");
            assertThat(post.postType()).isEqualTo("post");
            assertThat(post.postName()).isEqualTo("hello-world");
            assertThat(post.status()).isEqualTo("publish");
        });
        assertThat(WxrFile.read("wordpress-importer/wxr-simple.xml")).isEqualTo(file);
    }

    @Test
    void valid11() {
        WxrFile file = WxrFile.read("wordpress-importer/valid-wxr-1.1.xml");
        assertThat(file.items()).hasSize(2);
        assertThat(file.channel().baseSiteUrl()).isEqualTo("http://localhost/");
        assertThat(file.authors()).singleElement().isEqualTo(
                new WxrAuthor("2", "john", "johndoe@example.org", "John Doe", "John", "Doe"));
        assertThat(file.terms("category").getFirst()).isEqualTo(
                new WxrTerm("category", "3", "alpha", "alpha", "", "The alpha category", java.util.List.of()));
        assertThat(file.terms("post_tag").getFirst()).isEqualTo(
                new WxrTerm("post_tag", "22", "clippable", "Clippable", "", "The Clippable post_tag", java.util.List.of()));
        assertThat(file.terms("post_tax").getFirst()).isEqualTo(
                new WxrTerm("post_tax", "40", "bieup", "bieup", "", "The bieup post_tax", java.util.List.of()));
        assertThat(file.items().get(0).terms()).containsExactly(new WxrItemTerm("category", "alpha", "alpha"),
                new WxrItemTerm("post_tag", "clippable", "Clippable"), new WxrItemTerm("post_tax", "bieup", "bieup"));
        assertThat(file.items().get(1).meta()).containsExactly(new WxrMeta("_wp_page_template", "default"));
    }

    @Test
    void utf8ChallengesComeThroughByteExact() {
        WxrFile file = WxrFile.read("wordpress-importer/wxr-utf-8-challenges.xml");
        WxrItem post = file.items().getFirst();
        assertThat(post.meta("_special_chars")).contains("&#x202E;&#x202D;&#x200B;&#x200C;&#x200D;&#x2060;&#xFEFF;&#xFFFD;");
        assertThat(file.authors().getFirst().lastName()).isEqualTo("&#x1F1FA;&#x1F1F8;𝕌𝕟𝕚𝕔𝕠𝕕𝕖");
        assertThat(post.guid()).doesNotContain("&amp;");
        assertThat(post.content()).contains("\u202E").contains("🚀").contains("&#xD800;");
        assertThat(post.meta()).hasSize(5);
        assertThat(post.title()).contains("\u202E");
    }

    @Test
    void subDataTermMetaAndComments() {
        WxrFile file = WxrFile.read("wordpress-importer/wxr-with-sub-data.xml");
        assertThat(file.channel().version()).isEqualTo("1.1");
        assertThat(file.authors()).isEmpty();
        WxrItem post = file.items().getFirst();
        assertThat(post.postId()).isEqualTo("101");
        assertThat(post.title()).isEqualTo("Post with sub data");
        assertThat(post.creator()).isEqualTo("admin");
        assertThat(post.meta()).containsExactly(new WxrMeta("_test_meta_key", "test_meta_value"));
        assertThat(post.terms()).containsExactly(new WxrItemTerm("category", "test-cat", "Test Category"));
        assertThat(post.comments()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("201");
            assertThat(c.author()).isEqualTo("Commenter");
            assertThat(c.content()).isEqualTo("This is a comment with meta.");
            assertThat(c.meta()).containsExactly(new WxrMeta("_comment_meta_key", "comment_meta_value"));
        });
        assertThat(file.terms()).singleElement().satisfies(t -> {
            assertThat(t).extracting(WxrTerm::id, WxrTerm::taxonomy, WxrTerm::slug, WxrTerm::name)
                    .containsExactly("40", "custom_tax", "custom-term", "Custom Term");
            assertThat(t.meta()).containsExactly(new WxrMeta("term_meta_key", "term_meta_value"));
        });
    }

    @Test
    void cdataAndWhitespaceEdges() {
        WxrItem escaped = WxrFile.read("wordpress-importer/crazy-cdata-escaped.xml").items().getFirst();
        assertThat(escaped.content()).isEqualTo("Content with nested <![CDATA[ tags ]]> :)");
        assertThat(escaped.meta("Plain string")).contains("Foo");
        assertThat(escaped.meta("Closing CDATA")).contains("]]>");
        assertThat(escaped.meta("Alot of CDATA"))
                .contains("This has <![CDATA[ opening and ]]> closing <![CDATA[ tags like this: ]]>");
        assertThat(first("post-content-blank-lines.xml").content().chars().filter(c -> c == '\n')).hasSize(3);
        assertThat(first("blank-lines.xml").content()).contains("\n\n");
        assertThat(first("backslashes.xml").content()).contains("C:\\xampp\\htdocs");
        assertThat(first("multiple-cdata.xml").content().strip()).isEqualTo("line oneline twoline three");
        assertThat(first("cdata-edge.xml").content()).endsWith("]] >");
        assertThat(first("chunked-meta.xml").meta().getFirst().value()).isEqualTo("a:1:{s:3:\"foo\";s:3:\"bar\";}");
        assertThat(WxrFile.read("wordpress-importer/term-meta.xml").terms().getFirst().meta().getFirst())
                .isEqualTo(new WxrMeta("legacy_id", "42"));
        assertThat(first("test-serialized-comment-meta.xml").comments().getFirst().meta()).containsExactly(
                new WxrMeta("string", "¯\\_(ツ)_/¯"), new WxrMeta("array", "a:1:{s:3:\"key\";s:13:\"¯\\_(ツ)_/¯\";}"));
        assertThat(first("missing-tags.xml").creator()).isEmpty();
    }

    @Test
    void filesWithoutAValidVersionAreRefusedInWordPresssWords() {
        for (String name : new String[] {"missing-version-tag.xml", "invalid-version-tag.xml"}) {
            assertThatThrownBy(() -> WxrReader.check(WxrFile.corpus("wordpress-importer/" + name)))
                    .isInstanceOf(NotImportable.class).hasMessageStartingWith(WxrReader.NOT_WXR)
                    .hasMessageContaining("line");
        }
        assertThatThrownBy(() -> WxrReader.check(WxrFile.corpus("wordpress-importer/invalid-version-tag.xml")))
                .hasMessageContaining("\"abc\"");
    }

    @Test
    void filesThatAreNotWellFormedAreRefusedWithLineAndColumn() {
        for (String name : new String[] {"malformed.xml", "malformed-simple.xml", "crazy-cdata.xml"}) {
            assertThatThrownBy(() -> WxrReader.check(WxrFile.corpus("wordpress-importer/" + name)))
                    .as(name).isInstanceOf(NotImportable.class)
                    .hasMessageStartingWith("There was an error when reading this WXR file")
                    .hasMessageMatching("(?s).*line \\d+, column \\d+.*");
        }
    }

    private static WxrItem first(String name) {
        return WxrFile.read("wordpress-importer/" + name).items().getFirst();
    }

    private static void assertCounts(String name, int items, int authors) {
        WxrFile file = WxrFile.read(name);
        assertThat(file.items()).as(name + " items").hasSize(items);
        assertThat(file.authors()).as(name + " authors").hasSize(authors);
        assertThat(WxrReader.check(WxrFile.corpus(name)).items()).isEqualTo(items);
    }
}
