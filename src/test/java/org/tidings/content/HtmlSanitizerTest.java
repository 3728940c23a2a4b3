package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tidings.testing.XssPayloads;

class HtmlSanitizerTest {

    @Test
    void everyPayloadOfTheSharedListComesOutInertWhetherPastedAsHtmlOrWrittenInMarkdown() {
        List<String> payloads = XssPayloads.all();
        assertThat(payloads).hasSize(6613);
        List<String> failures = new ArrayList<>();
        for (String payload : payloads) {
            for (BodyFormat format : BodyFormat.values()) {
                String danger = XssPayloads.danger(format.toSafeHtml(payload).html());
                if (danger != null) {
                    failures.add(format + " " + danger + " from: " + payload);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCheckItselfCatchesWhatTheRawPayloadsCarry() {
        long dangerousRaw = XssPayloads.all().stream().filter(p -> XssPayloads.danger(p) != null).count();
        assertThat(dangerousRaw).isGreaterThan(5000);
    }

    @Test
    void keepsWhatAnExcerptNeeds() {
        String html = HtmlSanitizer.sanitize("""
                <p>Text with <em>emphasis</em>, <strong>weight</strong> and a
                <a href="https://example.org/story">link</a>.</p>
                <blockquote><p>A quote</p></blockquote><ul><li>one</li></ul>
                <img src="https://example.org/a.jpg" alt="A picture">""").html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("p em, p strong, blockquote p, ul li")).hasSize(4);
        assertThat(body.selectFirst("a").attr("href")).isEqualTo("https://example.org/story");
        assertThat(body.selectFirst("a").attr("rel")).contains("noopener", "noreferrer");
        assertThat(body.selectFirst("img").attr("alt")).isEqualTo("A picture");
    }

    @Test
    void markdownBecomesHtmlAndLosesItsScripts() {
        String html = Markdown.toSafeHtml("""
                Hello **world**, [the story](https://example.org/) and [bad](javascript:alert(1)).

                <script>alert(1)</script>

                > quoted""").html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("p strong").text()).isEqualTo("world");
        assertThat(body.select("a[href]")).extracting(a -> a.attr("href")).containsExactly("https://example.org/");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.select("blockquote").text()).isEqualTo("quoted");
    }
}
