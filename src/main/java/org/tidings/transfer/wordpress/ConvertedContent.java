package org.tidings.transfer.wordpress;

import java.util.List;
import org.tidings.content.SafeHtml;

/**
 * A converted post body or excerpt: the safe HTML, the names of the shortcodes it kept as text because Tidings
 * cannot render them (each once), and notes on what else changed, for the import report.
 */
public record ConvertedContent(SafeHtml html, List<String> unknownShortcodes, List<String> notes) {
    public ConvertedContent {
        unknownShortcodes = List.copyOf(unknownShortcodes);
        notes = List.copyOf(notes);
    }
}
