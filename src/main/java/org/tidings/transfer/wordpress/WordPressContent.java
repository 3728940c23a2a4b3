package org.tidings.transfer.wordpress;

import java.util.List;
import org.tidings.content.HtmlSanitizer;

/** Placeholder until the conversion (wpautop, shortcodes, blocks) lands: only sanitizes. */
public final class WordPressContent {
    private WordPressContent() {
    }

    public static ConvertedContent convert(String raw, MediaLinks media) {
        return new ConvertedContent(HtmlSanitizer.sanitize(raw), List.of(), List.of());
    }
}
