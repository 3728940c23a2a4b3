package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shortcode as WordPress reads it: its name, named and positional attributes (as
 * {@code shortcode_parse_atts} reads them), the content of an enclosing one (null for a lone tag), its own
 * opening and closing text, and whether it stands alone on its line or in its paragraph.
 */
record Shortcode(String name, Map<String, String> attributes, List<String> positional, String content,
        String opening, String closing, boolean selfClosing, boolean standsAlone) {
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"(?:\\s|$)"
            + "|([\\w-]+)\\s*=\\s*'([^']*)'(?:\\s|$)|([\\w-]+)\\s*=\\s*([^\\s'\"]+)(?:\\s|$)"
            + "|\"([^\"]*)\"(?:\\s|$)|'([^']*)'(?:\\s|$)|(\\S+)(?:\\s|$)");
    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\\u00a0\\u200b]+");

    /** The named attribute, or "" when absent. */
    String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    /** The whole shortcode as it was written. */
    String text() {
        return opening + (content == null ? "" : content) + closing;
    }

    /** Fills {@code named} and {@code positional} from the text between the name and the closing bracket. */
    private static void parseAttributes(String text, Map<String, String> named, List<String> positional) {
        Matcher m = ATTRIBUTE.matcher(NO_BREAK_SPACES.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (nonEmpty(m.group(1))) {
                named.put(m.group(1).toLowerCase(Locale.ROOT), valid(m.group(2)));
            } else if (nonEmpty(m.group(3))) {
                named.put(m.group(3).toLowerCase(Locale.ROOT), valid(m.group(4)));
            } else if (nonEmpty(m.group(5))) {
                named.put(m.group(5).toLowerCase(Locale.ROOT), valid(m.group(6)));
            } else {
                String value = nonEmpty(m.group(7)) ? m.group(7) : nonEmpty(m.group(8)) ? m.group(8) : m.group(9);
                if (value != null) {
                    positional.add(valid(value));
                }
            }
        }
    }

    static Shortcode of(String name, String attributeText, String content, String opening, String closing,
            boolean selfClosing, boolean standsAlone) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        parseAttributes(attributeText, named, positional);
        return new Shortcode(name, named, positional, content, opening, closing, selfClosing, standsAlone);
    }

    private static boolean nonEmpty(String group) {
        return group != null && !group.isEmpty();
    }

    // Every "<" closed by a ">" before the next "<" (WordPress's /^[^<]*+(?:<[^>]*+>[^<]*+)*+$/, by hand:
    // Java's engine would recurse once per tag).
    private static boolean tagsClosed(String value) {
        for (int open = value.indexOf('<'); open >= 0; open = value.indexOf('<', open + 1)) {
            int close = value.indexOf('>', open);
            int nextOpen = value.indexOf('<', open + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                return false;
            }
        }
        return true;
    }

    // WordPress empties a value holding an unclosed HTML tag.
    private static String valid(String value) {
        return value.indexOf('<') < 0 || tagsClosed(value) ? value : "";
    }
}
