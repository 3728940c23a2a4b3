package org.tidings.curation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language of an article: as the page declares it ({@code <html lang>}, then a
 * Content-Language meta), else guessed from the text: Korean when Hangul makes up a good share
 * of its letters, English when common English words do; null when unsure.
 */
final class ExtractLanguage {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was",
            "on", "with", "as", "he", "she", "they", "be", "at", "by", "have", "from", "this", "are", "has", "not",
            "but", "were", "said", "his", "her", "an", "which", "who", "will", "would", "been");
    private static final double HANGUL_SHARE = 0.3;
    private static final double ENGLISH_SHARE = 0.2;
    private static final int ENOUGH_WORDS = 20;

    private ExtractLanguage() {
    }

    /** The language the page declares, as a tag such as "en" or "pt-BR", or null. */
    static String declared(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            Element meta = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = meta == null ? "" : meta.attr("content").split(",")[0];
        }
        lang = lang.strip();
        return TAG.matcher(lang).matches() ? lang.replace('_', '-') : null;
    }

    /** "ko", "en" or null (unsure). */
    static String guess(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long hangul = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
        if (letters > 0 && (double) hangul / letters >= HANGUL_SHARE) {
            return "ko";
        }
        long words = 0;
        long english = 0;
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words++;
            english += ENGLISH.contains(matcher.group()) ? 1 : 0;
        }
        return words >= ENOUGH_WORDS && (double) english / words >= ENGLISH_SHARE ? "en" : null;
    }
}
