package org.tidings.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes URL slugs from names: lower case, letters and digits of any script, hyphens. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** A slug for {@code text}, or {@code fallback} when nothing usable is left. */
    public static String slugify(String text, String fallback) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = Normalizer.normalize(slug, Normalizer.Form.NFC);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** The n-th variant of a taken slug: {@code slug-2}, {@code slug-3}... */
    public static String variant(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }
}
