package org.tidings.content;

import org.jsoup.Jsoup;

/**
 * A post's or page's language guessed from its script when the writer did not say: Korean when Hangul
 * makes up a good share of its letters (English names and outlets often sit in Korean text),
 * else English; null when there are no letters at all.
 */
public final class TextLanguage {
    private static final double HANGUL_SHARE = 0.3;

    private TextLanguage() {
    }

    /** "ko", "en" or null for {@code text}. */
    public static String detect(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return null;
        }
        long hangul = text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        return (double) hangul / letters >= HANGUL_SHARE ? "ko" : "en";
    }

    /** The language of a post's or a page's title and body (HTML). */
    public static String ofPost(String title, String bodyHtml) {
        return detect(title + " " + Jsoup.parse(bodyHtml).text());
    }
}
