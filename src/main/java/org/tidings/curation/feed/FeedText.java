package org.tidings.curation.feed;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed's bytes into text fit for an XML parser: the encoding from its BOM, XML
 * declaration and HTTP Content-Type (Rome's XmlReader, lenient, as RFC 7303 and real servers
 * disagree), then without the characters XML 1.0 forbids (raw or as character references) and
 * without a DOCTYPE, so that no entity is ever declared or fetched.
 */
final class FeedText {
    private static final Pattern BAD_CHAR_REFERENCE = Pattern.compile(
            "&#(?:0*(?:[0-8]|1[124-9]|2\\d|3[01])|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]));");

    private static final Pattern C1_REFERENCE = Pattern.compile("&#(12[89]|1[3-5]\\d);|&#[xX]0*([89][0-9a-fA-F]);");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> LATIN = Set.of("ISO-8859-1", "US-ASCII", "LATIN1", "ISO8859_1", "ASCII");

    private FeedText() {
    }

    static String decode(byte[] bytes, String contentType) {
        try (XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            if (LATIN.contains(reader.getEncoding().toUpperCase(Locale.ROOT))) {
                // As browsers do (WHATWG Encoding): these labels mean windows-1252, whose curly quotes
                // and dashes Windows tools write where Latin-1 has control characters.
                return new String(bytes, WINDOWS_1252);
            }
            StringWriter text = new StringWriter(bytes.length);
            reader.transferTo(text);
            return text.toString();
        } catch (IOException | RuntimeException e) {
            // an encoding Java does not know: UTF-8 with replacement characters beats nothing
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** {@code text} with forbidden characters and the prolog's DOCTYPE removed. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(FeedText::isXmlChar).map(FeedText::windows1252).forEach(out::appendCodePoint);
        String chars = BAD_CHAR_REFERENCE.matcher(out).replaceAll("");
        chars = C1_REFERENCE.matcher(chars).replaceAll(ref -> Matcher.quoteReplacement(
                Character.toString(windows1252(Integer.parseInt(ref.group(1) != null ? ref.group(1) : ref.group(2),
                        ref.group(1) != null ? 10 : 16)))));
        return withoutDoctype(chars);
    }

    /**
     * A C1 control character (U+0080 to U+009F, raw or as a reference) as the windows-1252
     * character of that byte: feeds hold them where a Windows tool wrote curly quotes and dashes,
     * and HTML reads such references the same way.
     */
    private static int windows1252(int c) {
        if (c < 0x80 || c > 0x9F) {
            return c;
        }
        String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
        return mapped.charAt(0) == '\uFFFD' ? c : mapped.charAt(0);
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Removes {@code <!DOCTYPE ...>} (with its internal subset) when it stands before the root element. */
    static String withoutDoctype(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                return text.substring(0, i) + text.substring(doctypeEnd(text, i));
            } else {
                return text; // the root element: no DOCTYPE before it
            }
        }
        return text;
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static int doctypeEnd(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from + 9; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }
}
