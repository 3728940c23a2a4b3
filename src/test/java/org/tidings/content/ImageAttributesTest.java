package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The sanitizer keeps what responsive images need, and a srcset only when it names our own media files. */
class ImageAttributesTest {
    private static final String OURS = "/media/0123456789abcdef0123456789abcdef";

    @Test
    void aSrcsetOfOurOwnMediaFilesIsKeptWithSizesAndLazyLoading() {
        Element img = sanitized("<img src=\"" + OURS + "-960.jpg\" srcset=\"" + OURS + "-480.jpg 480w, " + OURS
                + "-960.jpg 960w\" sizes=\"(max-width: 44rem) calc(100vw - 2rem), 42rem\" width=\"960\" height=\"640\""
                + " loading=\"lazy\" decoding=\"async\" alt=\"A street\">");
        assertThat(img.attr("srcset")).contains(OURS + "-480.jpg 480w", OURS + "-960.jpg 960w");
        assertThat(img.attr("sizes")).isEqualTo("(max-width: 44rem) calc(100vw - 2rem), 42rem");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("width")).isEqualTo("960");
    }

    @Test
    void aSrcsetNamingAnythingElseIsDropped() {
        for (String srcset : new String[] {"https://tracker.example/p.gif 1w", OURS + "-480.jpg 480w, //evil.example/x.jpg 2w",
                "javascript:alert(1) 1w", OURS + "-480.jpg 480w, " + OURS + "-960.svg 960w"}) {
            Element img = sanitized("<img src=\"" + OURS + "-480.jpg\" srcset=\"" + srcset + "\" loading=\"never\" alt=\"x\">");
            assertThat(img.hasAttr("srcset")).as(srcset).isFalse();
            assertThat(img.hasAttr("loading")).isFalse();
        }
    }

    private static Element sanitized(String html) {
        return Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(html).html()).selectFirst("img");
    }
}
