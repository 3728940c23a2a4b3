package org.tidings.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A language the site's own words exist in: English, the base bundle {@code i18n/messages.properties},
 * and every {@code i18n/messages_TAG.properties} on the class path when the server starts. Adding a
 * language is adding its bundle (in the jar, or in a folder or jar put on the class path); its name
 * is its bundle's {@code language.name}. One instance per language, so {@code ==} compares them.
 */
public final class Language {
    private static final String BUNDLE_PATH = "i18n/messages_%s.properties";
    private static final String NAME_KEY = "language.name";

    public static final Language ENGLISH = new Language("en");
    /** Always there (its bundle ships in the jar); code that analyses Korean text names it. */
    public static final Language KOREAN = new Language("ko");
    private static final List<Language> ALL = discover();

    private final String tag;

    private Language(String tag) {
        this.tag = tag;
    }

    /** Every language with a bundle: English first, then the others by tag. */
    public static Language[] values() {
        return ALL.toArray(Language[]::new);
    }

    /** The BCP 47 tag pages put in their {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /**
     * The language's name in itself, as a language chooser lists it: its bundle's {@code language.name};
     * a bundle without one (which would inherit "English") gets the name Java knows for it.
     */
    public String nativeName() {
        String name = Messages.text(this, NAME_KEY);
        if (this != ENGLISH && name.equals(Messages.text(ENGLISH, NAME_KEY))) {
            return locale().getDisplayLanguage(locale());
        }
        return name;
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
        return ALL.stream().filter(language -> language.tag.equals(primary)).findFirst();
    }

    @Override
    public String toString() {
        return tag;
    }

    /**
     * English, Korean, and every two-letter ISO 639 language whose bundle the class path has: asking the class
     * loader for each name works alike for {@code target/classes}, the packaged jar and any entry a deployer
     * adds. (Java's list of every language it has data for costs a fifth of a second to load, so three-letter
     * codes are not looked for.) Old codes ("iw") count as their current ones ("he").
     */
    private static List<Language> discover() {
        ClassLoader loader = Language.class.getClassLoader();
        Map<String, Language> found = new TreeMap<>(Map.of(ENGLISH.tag, ENGLISH, KOREAN.tag, KOREAN));
        for (String code : Locale.getISOLanguages()) {
            String tag = Locale.forLanguageTag(code).getLanguage();
            if (!tag.isEmpty() && !found.containsKey(tag) && loader.getResource(BUNDLE_PATH.formatted(code)) != null) {
                found.put(tag, new Language(tag));
            }
        }
        List<Language> all = new ArrayList<>(List.of(ENGLISH));
        found.values().stream().filter(language -> language != ENGLISH).forEach(all::add);
        return List.copyOf(all);
    }
}
