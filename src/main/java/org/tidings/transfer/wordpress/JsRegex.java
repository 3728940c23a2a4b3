package org.tidings.transfer.wordpress;

import java.util.regex.Pattern;

/**
 * JavaScript's meanings of {@code \s}, {@code .} and {@code trim()}, which differ from Java's (JavaScript counts
 * the no-break space and the byte order mark as white space), so that the ported autop splits where the
 * original does.
 */
final class JsRegex {
    /** The characters of JavaScript's {@code \s}, to put inside a character class. */
    static final String SPACE_CHARS = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
            + "\\u205F\\u3000\\uFEFF";
    /** JavaScript's {@code \s}. */
    static final String SPACE = "[" + SPACE_CHARS + "]";
    /** JavaScript's {@code .} without the s flag. */
    static final String ANY = "[^\\n\\r\\u2028\\u2029]";

    private static final Pattern EDGES = Pattern.compile("^" + SPACE + "+|" + SPACE + "+\\z");

    private JsRegex() {
    }

    /** JavaScript's {@code String.prototype.trim}. */
    static String trim(String text) {
        return EDGES.matcher(text).replaceAll("");
    }
}
