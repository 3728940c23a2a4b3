package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WordPressContentTest {
    private static final String OLD = "https://old.example/wp-content/uploads/2020/05/";
    /** The importer's view: two files and two images were brought into the media library. */
    private static final MediaLinks IMPORTED = new MediaLinks() {
        private final Map<String, String> files = Map.of(
                OLD + "song.mp3", "/media/song.mp3",
                OLD + "clip.mp4", "/media/clip.mp4",
                OLD + "photo.jpg", "/media/photo.jpg",
                OLD + "photo-300x200.jpg", "/media/photo-300.jpg");

        @Override
        public Optional<String> localUrl(String oldUrl) {
            return Optional.ofNullable(files.get(oldUrl));
        }

        @Override
        public Optional<Attachment> attachment(long attachmentId) {
            return attachmentId == 11 ? Optional.of(new Attachment("/media/a.jpg", "Border post", "At dawn"))
                    : attachmentId == 12 ? Optional.of(new Attachment("/media/b.jpg", "River", ""))
                    : Optional.empty();
        }
    };

    @Test
    void classicTextGetsWordPressParagraphsAndLineBreaks() {
        Element body = body("First line\nsecond line\n\nNext paragraph", MediaLinks.NONE);
        assertThat(body.select("p")).extracting(Element::text)
                .containsExactly("First line second line", "Next paragraph");
        assertThat(body.select("p").first().select("br")).hasSize(1);
    }

    @Test
    void preformattedTextEntitiesAndBackslashesComeThroughUnchanged() {
        Element body = body("""
                Path C:\\xampp\\htdocs costs $1 &amp; more&nbsp;here \\n
                <pre>line one

                  indented</pre>""", MediaLinks.NONE);
        assertThat(body.selectFirst("p").wholeText()).isEqualTo("Path C:\\xampp\\htdocs costs $1 & more\u00a0here \\n");
        assertThat(body.selectFirst("pre").wholeText()).isEqualTo("line one\n\n  indented");
    }

    @Test
    void captionBecomesFigureWithFigcaptionAndImageFromTheMediaLibrary() {
        Element body = body("[caption id=\"attachment_6\" align=\"alignright\" width=\"300\"]<a href=\"" + OLD
                + "photo.jpg\"><img src=\"" + OLD + "photo-300x200.jpg\" alt=\"Crossing\" width=\"300\" height=\"200\" />"
                + "</a> Refugees crossing <em>at night</em>[/caption]\n\nAfter.", IMPORTED);
        Element figure = body.selectFirst("figure");
        assertThat(figure.selectFirst("a").attr("href")).isEqualTo("/media/photo.jpg");
        assertThat(figure.selectFirst("a img").attr("src")).isEqualTo("/media/photo-300.jpg");
        assertThat(figure.selectFirst("figcaption").html()).isEqualTo("Refugees crossing <em>at night</em>");
        assertThat(body.select("p").text()).isEqualTo("After.");
        assertThat(body.text()).doesNotContain("[caption", "[/caption]");
    }

    @Test
    void captionGivenAsAttributeIsUsed() {
        Element body = body("[caption width=\"640\" caption=\"Blackboy husk\"]<img src=\"/x.jpg\" alt=\"\">[/caption]",
                MediaLinks.NONE);
        assertThat(body.select("figure > img")).hasSize(1);
        assertThat(body.select("figure > figcaption").text()).isEqualTo("Blackboy husk");
    }

    @Test
    void galleryShowsTheImportedImagesAndNotesTheMissingOne() {
        ConvertedContent converted = WordPressContent.convert("[gallery columns=2 ids=\"11,12,13\"]", IMPORTED);
        Element body = Jsoup.parseBodyFragment(converted.html().html()).body();
        assertThat(body.select("img")).extracting(i -> i.attr("src"), i -> i.attr("alt"))
                .containsExactly(tuple("/media/a.jpg", "Border post"),
                        tuple("/media/b.jpg", "River"));
        assertThat(body.select("figcaption").text()).isEqualTo("At dawn");
        assertThat(converted.unknownShortcodes()).isEmpty();
        assertThat(converted.notes()).anyMatch(note -> note.contains("13"));
    }

    @Test
    void galleryWithoutImportedImagesIsKeptAsTextAndReported() {
        ConvertedContent converted = WordPressContent.convert("[gallery]\n\nText", MediaLinks.NONE);
        assertThat(Jsoup.parseBodyFragment(converted.html().html()).text()).contains("[gallery]", "Text");
        assertThat(converted.unknownShortcodes()).containsExactly("gallery");
    }

    @Test
    void embedsBecomePlainLinksAndNeverFrames() {
        ConvertedContent converted = WordPressContent.convert("""
                [embed width="500"]https://www.youtube.com/watch?v=abc&amp;t=5[/embed]

                https://vimeo.com/123

                A sentence with https://example.org/inline in it.""", MediaLinks.NONE);
        Element body = Jsoup.parseBodyFragment(converted.html().html()).body();
        assertThat(body.select("a")).extracting(a -> a.attr("href"))
                .containsExactly("https://www.youtube.com/watch?v=abc&t=5", "https://vimeo.com/123");
        assertThat(body.select("a").first().text()).isEqualTo("https://www.youtube.com/watch?v=abc&t=5");
        assertThat(body.select("iframe, object, embed, script")).isEmpty();
        assertThat(body.select("p").last().text()).isEqualTo("A sentence with https://example.org/inline in it.");
        assertThat(converted.notes()).hasSize(2);
    }

    @Test
    void audioAndVideoPlayOnlyFromTheMediaLibrary() {
        ConvertedContent converted = WordPressContent.convert("[audio src=\"" + OLD + "song.mp3\"]\n\n"
                + "[video width=\"640\" mp4=\"" + OLD + "clip.mp4\"][/video]\n\n"
                + "[audio mp3=\"https://elsewhere.example/other.mp3\"]\n\n"
                + "[video src=\"https://elsewhere.example/v.mp4\"]", IMPORTED);
        Element body = Jsoup.parseBodyFragment(converted.html().html()).body();
        assertThat(body.select("audio")).extracting(a -> a.attr("src")).containsExactly("/media/song.mp3");
        assertThat(body.select("video")).extracting(a -> a.attr("src")).containsExactly("/media/clip.mp4");
        assertThat(body.select("audio, video").stream().allMatch(e -> e.hasAttr("controls"))).isTrue();
        assertThat(body.select("a")).extracting(a -> a.attr("href"))
                .containsExactly("https://elsewhere.example/other.mp3", "https://elsewhere.example/v.mp4");
        assertThat(converted.notes()).hasSize(2);
    }

    @Test
    void bareUrlOfAnImportedFileBecomesItsPlayer() {
        Element body = body(OLD + "song.mp3\n\nText", IMPORTED);
        assertThat(body.select("audio")).extracting(a -> a.attr("src")).containsExactly("/media/song.mp3");
    }

    @Test
    void unknownShortcodesStayAsTextAndAreReportedOnceEach() {
        ConvertedContent converted = WordPressContent.convert("""
                [contact-form-7 id="12" title="Contact"]
                [vc_row][vc_column]Inside [caption width="10"]<img src="/x.jpg" alt="x"> Cap[/caption][/vc_column][/vc_row]
                [toc]

                Source: [Reuters], quoted [sic], and again [contact-form-7 id="13"]""", MediaLinks.NONE);
        String text = Jsoup.parseBodyFragment(converted.html().html()).text();
        assertThat(text).contains("[contact-form-7 id=\"12\" title=\"Contact\"]", "[vc_row][vc_column]Inside",
                "[/vc_column][/vc_row]", "[toc]", "[Reuters]", "[sic]");
        assertThat(converted.unknownShortcodes()).containsExactly("contact-form-7", "vc_row", "vc_column", "toc");
        assertThat(Jsoup.parseBodyFragment(converted.html().html()).select("figure figcaption").text())
                .isEqualTo("Cap");
    }

    @Test
    void doubledBracketsEscapeAShortcode() {
        ConvertedContent converted = WordPressContent.convert("Write [[caption]] or [[gallery ids=\"1\"]] or [[foo]].",
                IMPORTED);
        assertThat(Jsoup.parseBodyFragment(converted.html().html()).text())
                .isEqualTo("Write [caption] or [gallery ids=\"1\"] or [foo].");
        assertThat(converted.unknownShortcodes()).isEmpty();
    }

    @Test
    void blockPostsLoseTheirDelimitersKeepTheirMarkupAndGetNoAutop() {
        ConvertedContent converted = WordPressContent.convert("""
                <!-- wp:paragraph {"align":"center"} -->
                <p>One block
                with a newline</p>
                <!-- /wp:paragraph -->

                <!-- wp:latest-posts {"postsToShow":3} /-->

                <!-- wp:image {"id":907,"sizeSlug":"large"} -->
                <figure class="wp-block-image"><img src="%sphoto.jpg" alt="Photo"/><figcaption>Shot</figcaption></figure>
                <!-- /wp:image -->""".formatted(OLD), IMPORTED);
        String html = converted.html().html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(html).doesNotContain("wp:", "<br");
        assertThat(body.select("p")).extracting(Element::text).containsExactly("One block with a newline");
        assertThat(body.select("figure img").attr("src")).isEqualTo("/media/photo.jpg");
        assertThat(body.select("figure figcaption").text()).isEqualTo("Shot");
        assertThat(converted.notes()).anyMatch(note -> note.contains("wp:latest-posts"));
    }

    @Test
    void embedBlockUrlBecomesALink() {
        Element body = body("""
                <!-- wp:embed {"url":"https://www.youtube.com/watch?v=x","type":"video"} -->
                <figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
                https://www.youtube.com/watch?v=x&amp;t=5
                </div></figure>
                <!-- /wp:embed -->""", MediaLinks.NONE);
        assertThat(body.select("figure a")).extracting(a -> a.attr("href"))
                .containsExactly("https://www.youtube.com/watch?v=x&t=5");
    }

    @Test
    void moreTagAndPageBreaksLeaveAllTheText() {
        ConvertedContent converted = WordPressContent.convert("Teaser.\n\n<!--more-->\n\nRest.\n\n<!--nextpage-->\n\n"
                + "Page two.", MediaLinks.NONE);
        assertThat(Jsoup.parseBodyFragment(converted.html().html()).select("p").eachText())
                .containsExactly("Teaser.", "Rest.", "Page two.");
        assertThat(converted.html().html()).doesNotContain("<!--");
        assertThat(converted.notes()).anyMatch(note -> note.contains("nextpage"));
    }

    @Test
    void uploadAddressesInSrcHrefAndSrcsetPointAtTheMediaLibrary() {
        Element body = Jsoup.parseBodyFragment("<a href=\"" + OLD + "photo.jpg\"><img src=\"" + OLD + "photo.jpg\" "
                + "srcset=\"" + OLD + "photo-300x200.jpg 300w, " + OLD + "photo.jpg 1200w, https://cdn.example/x.jpg 2x\">"
                + "</a><a href=\"https://elsewhere.example/\">kept</a>").body();
        UploadUrls.rewrite(body, IMPORTED);
        assertThat(body.selectFirst("a").attr("href")).isEqualTo("/media/photo.jpg");
        assertThat(body.selectFirst("img").attr("src")).isEqualTo("/media/photo.jpg");
        assertThat(body.selectFirst("img").attr("srcset"))
                .isEqualTo("/media/photo-300.jpg 300w, /media/photo.jpg 1200w, https://cdn.example/x.jpg 2x");
        assertThat(body.select("a").last().attr("href")).isEqualTo("https://elsewhere.example/");
    }

    @Test
    void playersAndFramesWrittenInHtmlPlayOnlyOurFilesAndLinkTheRest() {
        ConvertedContent converted = WordPressContent.convert("""
                <!-- wp:video -->
                <figure class="wp-block-video"><video controls src="%1$sclip.mp4"></video></figure>
                <!-- /wp:video -->
                <!-- wp:audio -->
                <figure class="wp-block-audio"><audio controls><source src="https://elsewhere.example/a.mp3"></audio>
                <figcaption>Remote song</figcaption></figure>
                <!-- /wp:audio -->
                <iframe src="https://www.youtube.com/embed/abc" width="560"></iframe>
                <script>alert(1)</script>""".formatted(OLD), IMPORTED);
        Element body = Jsoup.parseBodyFragment(converted.html().html()).body();
        assertThat(body.select("video")).extracting(v -> v.attr("src")).containsExactly("/media/clip.mp4");
        assertThat(body.select("audio, iframe, script, source")).isEmpty();
        assertThat(body.select("a")).extracting(a -> a.attr("href"))
                .containsExactly("https://elsewhere.example/a.mp3", "https://www.youtube.com/embed/abc");
        assertThat(body.select("figcaption").text()).isEqualTo("Remote song");
        assertThat(converted.notes()).anyMatch(n -> n.contains("<script> removed"));
    }

    @Test
    void emptyAndMissingContentGiveEmptyHtml() {
        for (String raw : Arrays.asList(null, "", "  \n ")) {
            ConvertedContent converted = WordPressContent.convert(raw, MediaLinks.NONE);
            assertThat(converted.html().isEmpty()).isTrue();
            assertThat(converted.unknownShortcodes()).isEqualTo(List.of());
        }
    }

    private static Element body(String raw, MediaLinks media) {
        return Jsoup.parseBodyFragment(WordPressContent.convert(raw, media).html().html()).body();
    }
}
