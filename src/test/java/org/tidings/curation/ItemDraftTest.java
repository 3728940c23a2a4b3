package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.content.PostInput;
import org.tidings.content.PostStatus;

/** An item's paragraphs as the editor ticks them, and the attributed draft made of them. */
class ItemDraftTest {
    @Test
    void paragraphsKeepLinksAndDropImagesAndNestedBlocks() {
        List<String> paragraphs = ItemParagraphs.of("<p>First <a href=\"https://example.org/a\">link</a>.</p>"
                + "<p><img src=\"https://outlet.example/photo.jpg\" alt=\"photo\"></p>"
                + "<blockquote><p>A quote</p></blockquote><ul><li>One point</li></ul><p>  </p>");

        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(0)).contains("href=\"https://example.org/a\"").contains("First");
        assertThat(String.join("", paragraphs)).doesNotContain("photo.jpg");
        assertThat(paragraphs.get(1)).contains("A quote");
        assertThat(paragraphs.get(2)).isEqualTo("One point");
    }

    @Test
    void plainTextIsCutAtItsLines() {
        assertThat(ItemParagraphs.of("One line.<br>Two <b>lines</b> &amp; more.")).containsExactly("One line.",
                "Two lines &amp; more.");
        assertThat(ItemParagraphs.of("")).isEmpty();
    }

    @Test
    void theDraftNamesTheOutletLinksTheOriginalAndKeepsOnlyTickedParagraphs() {
        ItemDraft draft = new ItemDraft("Defectors reach Seoul", "Reuters", "https://www.reuters.com/world/defectors",
                List.of("Three defectors arrived.", "They fled <em>by sea</em>."), List.of("North Korean refugee"),
                List.of("Seoul"));

        PostInput post = draft.post("Read more");

        assertThat(post.publication().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.title()).isEqualTo("Defectors reach Seoul");
        assertThat(post.sourceName()).isEqualTo("Reuters");
        assertThat(post.sourceUrl()).isEqualTo("https://www.reuters.com/world/defectors");
        assertThat(post.body().html()).contains("<p>Three defectors arrived.</p>").contains("<em>by sea</em>")
                .contains("href=\"https://www.reuters.com/world/defectors\"").contains(">Read more</a>");
        assertThat(post.categoryNames()).containsExactly("North Korean refugee");
        assertThat(post.tagNames()).containsExactly("Seoul");
    }

    @Test
    void aHostileParagraphIsSanitized() {
        ItemDraft draft = new ItemDraft("T", "Outlet", "javascript:alert(1)",
                List.of("<script>alert(1)</script>Text<img src=x onerror=alert(1)>"), List.of(), List.of());

        PostInput post = draft.post("Read more");
        String html = post.body().html();

        assertThat(post.sourceUrl()).isEmpty();
        assertThat(html).doesNotContain("<script").doesNotContain("onerror").doesNotContain("javascript:");
    }
}
