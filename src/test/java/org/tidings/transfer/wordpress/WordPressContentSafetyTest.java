package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tidings.testing.XssPayloads;

/** Whatever a WordPress export holds, the converted HTML can run no script and loads nothing from elsewhere. */
class WordPressContentSafetyTest {
    /** An importer that maps every upload, and hands back hostile addresses for some. */
    private static final MediaLinks HOSTILE = new MediaLinks() {
        @Override
        public Optional<String> localUrl(String oldUrl) {
            return Optional.of(oldUrl.contains("evil") ? "//evil.example/x.mp3" : "/media/" + oldUrl.length());
        }

        @Override
        public Optional<Attachment> attachment(long id) {
            return Optional.of(new Attachment("javascript:alert(" + id + ")", "\"><script>alert(1)</script>",
                    "<img src=x onerror=alert(1)>"));
        }
    };

    @Test
    void everyXssPayloadComesOutInertAsContentAndInsideShortcodes() {
        List<String> failures = new ArrayList<>();
        for (String payload : XssPayloads.all()) {
            String plain = XssPayloads.danger(WordPressContent.convert(payload, MediaLinks.NONE).html().html());
            String shortcodes = XssPayloads.danger(WordPressContent.convert(inShortcodes(payload), HOSTILE).html().html());
            if (plain != null || shortcodes != null) {
                failures.add(plain + " / " + shortcodes + " from: " + payload);
            }
        }
        assertThat(failures).isEmpty();
    }

    // One text with the payload in every place a shortcode takes text from, to keep the test quick.
    private static String inShortcodes(String payload) {
        String quoted = payload.replace("\"", "&quot;");
        return "[caption width=\"9\"]<img src=\"a.jpg\"> " + payload + "[/caption]\n\n"
                + "[caption width=\"9\" caption=\"" + quoted + "\"]<img src=\"a.jpg\">[/caption]\n\n"
                + "[embed]" + payload + "[/embed]\n\n[audio src=\"" + quoted + "\"]\n\n[gallery ids=\"1\"]\n\n"
                + "[unknown x=\"" + quoted + "\"]" + payload + "[/unknown]";
    }

    @Test
    void playersNeverLoadFromAnotherHostEvenWhenTheImporterSaysSo() {
        Element body = Jsoup.parseBodyFragment(WordPressContent.convert("[audio src=\"https://evil.example/a.mp3\"]\n\n"
                + "[video src=\"https://evil.example/v.mp4\"]\n\n<audio src=\"https://evil.example/b.mp3\" controls>"
                + "<source src=\"https://evil.example/c.mp3\"></audio><video src=\"/\\evil.example/v.mp4\"></video>",
                HOSTILE).html().html()).body();
        assertThat(body.select("source")).isEmpty();
        assertThat(body.select("audio[src], video[src]")).isEmpty();
    }

    @Test
    void pathologicalTextsConvertWithoutOverflowOrHanging() {
        List<String> texts = List.of("[Reuters] word ".repeat(5000), "[caption ".repeat(5000),
                "<script>".repeat(5000) + "x", "<!--".repeat(5000) + "-".repeat(20000), "<p><li>".repeat(5000),
                "[a/b/c/d/e/f ".repeat(5000), "[caption]" + "[x".repeat(20000) + "[/caption]",
                "<p>[caption]" + " ".repeat(20000) + "</p>", "<![CDATA[".repeat(5000) + "]".repeat(5000),
                "<!-- wp:table {" + "\"a\":{}}".repeat(20000) + " -->\n<p>x</p>\n<!-- /wp:table -->",
                "[x a=\"" + "<b>".repeat(20000) + "\"]", "a" + " ".repeat(100_000) + "b\n<option>");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String text : texts) {
                assertThat(WordPressContent.convert(text, MediaLinks.NONE).html()).isNotNull();
            }
        });
    }

    @Test
    void everyCorpusPostConvertsInertAndFast() {
        List<String> texts = WxrCorpus.texts();
        assertThat(texts).hasSizeGreaterThan(500);
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (String raw : texts) {
            String danger = XssPayloads.danger(WordPressContent.convert(raw, HOSTILE).html().html());
            if (danger != null) {
                failures.add(danger + " from: " + raw);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("converted %d corpus texts in %d ms%n", texts.size(), millis);
        assertThat(failures).isEmpty();
    }
}
