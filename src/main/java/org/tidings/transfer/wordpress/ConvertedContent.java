package org.tidings.transfer.wordpress;

import java.util.List;
import org.tidings.content.SafeHtml;

/** A WordPress post body made safe HTML, with the shortcodes it did not know and what else it changed. */
public record ConvertedContent(SafeHtml html, List<String> unknownShortcodes, List<String> notes) {
}
