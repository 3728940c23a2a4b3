package org.tidings.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the site's own words exist in: one message bundle each under {@code i18n/}.
 * Adding a language is adding a constant here and its bundle {@code messages_TAG.properties}.
 */
public enum Language {
    ENGLISH("en", "English"),
    KOREAN("ko", "한국어");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The BCP 47 tag pages put in their {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language chooser lists it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of {@code tag} ("ko", "ko-KR", "en-GB"...), if the site has its words. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(language -> language.tag.equals(primary)).findFirst();
    }
}
