package org.tidings.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The words of every page, looked up by key in the bundle of the language being rendered.
 * Templates call {@link #t}; {@code Templates} sets the language around each render, so a
 * template needs no extra parameter and a page never mixes two languages of the site's words.
 * Bundles are UTF-8 properties files {@code i18n/messages_TAG.properties}; values with
 * arguments use {@link MessageFormat} patterns ({0}, {1}...).
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";
    private static final ThreadLocal<Language> CURRENT = ThreadLocal.withInitial(() -> Language.ENGLISH);

    private Messages() {
    }

    /** The text of {@code key} in the language being rendered, with {@code args} filled in. */
    public static String t(String key, Object... args) {
        return text(CURRENT.get(), key, args);
    }

    /**
     * The text of {@code key} in {@code language}; a missing key fails loudly, never shows a key to readers.
     * An argument that is a {@link Wording} is worded in the same language.
     */
    public static String text(Language language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallback.CONTROL);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for '" + key + "' in " + language, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] worded = Arrays.stream(args).map(arg -> arg instanceof Wording w ? w.text(language) : arg).toArray();
        return new MessageFormat(pattern, language.locale()).format(worded);
    }

    /** Whether the bundles have a text for {@code key} (every language has the same keys). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Language.ENGLISH.locale(), NoFallback.CONTROL).containsKey(key);
    }

    /** The language templates render in on this thread now. */
    public static Language language() {
        return CURRENT.get();
    }

    /**
     * Sets the language of this thread's words until the next call: the web server sets the site's
     * language as each request starts, so handlers' messages (problems, headings) match its pages.
     */
    public static void use(Language language) {
        CURRENT.set(language);
    }

    /** Runs {@code work} with the site's words in {@code language}, then restores the previous one. */
    public static <T> T in(Language language, Supplier<T> work) {
        Language before = CURRENT.get();
        CURRENT.set(language);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    /** English is the base bundle; no bundle falls back to the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback CONTROL = new NoFallback();

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
