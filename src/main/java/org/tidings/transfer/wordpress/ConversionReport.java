package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tidings.content.SafeHtml;

/** What one conversion noticed along the way, each thing once, in the order met. */
final class ConversionReport {
    private final Set<String> unknownShortcodes = new LinkedHashSet<>();
    private final Set<String> notes = new LinkedHashSet<>();

    void unknownShortcode(String name) {
        unknownShortcodes.add(name);
    }

    void note(String note) {
        notes.add(note);
    }

    ConvertedContent result(SafeHtml html) {
        return new ConvertedContent(html, new ArrayList<>(unknownShortcodes), new ArrayList<>(notes));
    }
}
