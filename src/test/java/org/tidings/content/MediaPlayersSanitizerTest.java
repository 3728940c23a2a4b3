package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Audio and video players pass the sanitizer only with a file of this site, and no way to fetch another's. */
class MediaPlayersSanitizerTest {

    @Test
    void playersOfOurOwnFilesAreKept() {
        Element body = sanitized("<audio controls src=\"/media/song.mp3\"></audio><video controls src=\"/media/v.mp4\">"
                + "</video>");
        assertThat(body.select("audio[controls]").attr("src")).isEqualTo("/media/song.mp3");
        assertThat(body.select("video[controls]").attr("src")).isEqualTo("/media/v.mp4");
    }

    @Test
    void noPlayerLoadsFromAnotherHost() {
        for (String src : new String[] {"https://elsewhere.example/a.mp3", "//elsewhere.example/a.mp3",
                "/\\elsewhere.example/a.mp3", "/\t/elsewhere.example/a.mp3", "javascript:alert(1)", "media/a.mp3",
                "data:audio/mpeg;base64,AAAA"}) {
            Element body = sanitized("<audio controls src=\"" + src + "\"></audio><video src=\"" + src + "\" poster=\""
                    + src + "\"><source src=\"" + src + "\"><track src=\"" + src + "\"></video>");
            assertThat(body.select("source, track, [poster]")).as(src).isEmpty();
            assertThat(body.select("[src]").eachAttr("src")).as(src).allMatch(MediaPlayersSanitizerTest::isSameSitePath);
        }
    }

    @Test
    void playersTakeNoScriptOrAutoplay() {
        Element body = sanitized("<video src=\"/media/v.mp4\" autoplay onplay=\"alert(1)\" style=\"x\"></video>");
        assertThat(body.selectFirst("video").attributes().asList()).extracting(a -> a.getKey()).containsExactly("src");
    }

    // Percent-encoded characters are fine: browsers drop only raw blanks and controls before reading a URL.
    private static boolean isSameSitePath(String url) {
        return url.matches("/[^/\\\\\\x00-\\x20\\x7f][^\\x00-\\x20\\x7f]*");
    }

    private static Element sanitized(String html) {
        return Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(html).html()).body();
    }
}
