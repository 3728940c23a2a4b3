package org.tidings.transfer.wordpress;

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

    private JsRegex() {
    }

    /** JavaScript's {@code String.prototype.trim}. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Whether JavaScript's {@code \s} matches {@code c}. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }
}
