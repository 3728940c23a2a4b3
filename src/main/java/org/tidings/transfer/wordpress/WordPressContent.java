package org.tidings.transfer.wordpress;

import org.tidings.content.HtmlSanitizer;

/**
 * Turns WordPress post bodies and excerpts into Tidings' safe HTML, in the order of WordPress's own
 * {@code the_content} filters: embeds, blocks, autop, shortcode_unautop, shortcodes; then old upload
 * addresses point at the media library and the one sanitizer has the last word.
 */
public final class WordPressContent {
    private WordPressContent() {
    }

    /** Converts one WordPress post_content (or excerpt) to safe HTML as WordPress would display it. */
    public static ConvertedContent convert(String raw, MediaLinks media) {
        ConversionReport report = new ConversionReport();
        ShortcodeRenderer shortcodes = new ShortcodeRenderer(media, report);
        String html = raw == null ? "" : raw;
        boolean blocks = Blocks.present(html);
        if (html.contains("<!--nextpage-->")) {
            report.note("page breaks (<!--nextpage-->) dropped: the pages show as one");
        }
        html = shortcodes.renderEmbeds(html);
        html = BareUrls.embedded(html, shortcodes::embed);
        if (blocks) {
            html = Blocks.delimitersDropped(html, report);
        } else {
            html = Autop.autop(html);
        }
        html = Shortcodes.unautop(html, ShortcodeRenderer.HANDLED);
        html = shortcodes.renderAll(html);
        html = LinkedMedia.applied(html, media, report);
        return report.result(HtmlSanitizer.sanitize(html.strip()));
    }
}
