package org.tidings.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message whose arguments are markup (a link, a {@code <time>}), split into its words and the
 * places of its arguments, so a template can put each argument's markup where the language
 * wants it: "Posted on {0} by {1}" and "{0} · 글 {1}" give the same template different orders.
 */
public record Phrase(List<Part> parts) {
    private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

    /** Words ({@code slot} -1) or the place of argument {@code slot}. */
    public record Part(String text, int slot) {
    }

    /** The message of {@code key} in the language being rendered, split at its arguments. */
    public static Phrase of(String key) {
        String pattern = Messages.t(key).replace("''", "'");
        List<Part> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(pattern);
        int from = 0;
        while (slot.find()) {
            addWords(parts, pattern.substring(from, slot.start()));
            parts.add(new Part("", Integer.parseInt(slot.group(1))));
            from = slot.end();
        }
        addWords(parts, pattern.substring(from));
        return new Phrase(List.copyOf(parts));
    }

    private static void addWords(List<Part> parts, String words) {
        if (!words.isEmpty()) {
            parts.add(new Part(words, -1));
        }
    }
}
