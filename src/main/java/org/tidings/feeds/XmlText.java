package org.tidings.feeds;

/** Removes what XML 1.0 cannot carry (control characters, lone surrogates), which an imported title may hold. */
final class XmlText {
    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The {@code Char} production of XML 1.0. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
