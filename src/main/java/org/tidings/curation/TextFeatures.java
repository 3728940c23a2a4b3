package org.tidings.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tidings.search.KoreanTextAnalyzer;

/**
 * Turns a title and a text into terms with the site search's analysis: English stemmed (Lucene's
 * English analyzer) or Korean morphemes (Nori), chosen by the share of Hangul among the letters;
 * and weighs terms by tf-idf. Thread-safe; build one and share it: Nori loads its dictionaries once.
 */
public final class TextFeatures {
    public static final String ENGLISH = "en";
    public static final String KOREAN = "ko";
    /** A headline says what the item is about more densely than the body: its words count this many times. */
    static final int TITLE_WEIGHT = 2;
    /** Korean news text is full of Latin acronyms and digits; a fifth of Hangul letters already means Korean. */
    private static final double KOREAN_SHARE = 0.2;
    private static final String FIELD = "text";
    /** What may stand between a sentence's end and its first word. */
    private static final String OPENERS = " \t\"'(\u201c\u2018";
    private static final String SENTENCE_ENDS = ".!?:\n\r";

    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer korean = new KoreanTextAnalyzer();

    /** {@code ko} when Hangul makes up a fifth or more of the letters, else {@code en}. */
    public static String language(String text) {
        int letters = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                    hangul++;
                }
            }
        }
        return letters > 0 && hangul >= KOREAN_SHARE * letters ? KOREAN : ENGLISH;
    }

    /** The terms of a title and text; {@code language} null or blank means: find it from the text. */
    public TextTerms terms(String title, String text, String language) {
        String safeTitle = title == null ? "" : title;
        String safeText = text == null ? "" : text;
        String lang = language == null || language.isBlank()
                ? language(safeTitle + " " + safeText) : language.toLowerCase(Locale.ROOT);
        Analyzer analyzer = lang.startsWith(KOREAN) ? korean : english;
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        Set<String> names = new HashSet<>();
        count(analyzer, safeTitle, TITLE_WEIGHT, counts, shown, names);
        count(analyzer, safeText, 1, counts, shown, names);
        return new TextTerms(lang.startsWith(KOREAN) ? KOREAN : ENGLISH, counts, shown, names);
    }

    /** Sublinear term frequency: a word said ten times is not ten times as telling. */
    public static double tf(int count) {
        return 1 + Math.log(count);
    }

    /** Smoothed inverse document frequency among {@code documents} of which {@code frequency} hold the term. */
    public static double idf(int frequency, int documents) {
        return Math.log((documents + 1.0) / (frequency + 1.0)) + 1;
    }

    /**
     * Whether a word names something (a person, place, outlet, date or number) rather than saying
     * what happened: it starts with a digit, or with a capital letter not at the start of a
     * sentence. Two reports of one event share names; two events of one kind share the rest.
     * Hangul has no capitals: for Korean, see {@link #isProperNoun}.
     */
    private static boolean isName(String text, int start) {
        char first = text.charAt(start);
        if (Character.isDigit(first)) {
            return true;
        }
        if (!Character.isUpperCase(first)) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && OPENERS.indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before >= 0 && SENTENCE_ENDS.indexOf(text.charAt(before)) < 0;
    }

    /** Nori tags Korean proper nouns (NNP): people, places, organisations. */
    private static boolean isProperNoun(PartOfSpeechAttribute partOfSpeech) {
        return partOfSpeech != null && partOfSpeech.getLeftPOS() == POS.Tag.NNP;
    }

    private static void count(Analyzer analyzer, String text, int weight, Map<String, Integer> counts,
            Map<String, String> shown, Set<String> names) {
        if (text.isBlank()) {
            return;
        }
        try (TokenStream tokens = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute partOfSpeech = tokens.hasAttribute(PartOfSpeechAttribute.class)
                    ? tokens.getAttribute(PartOfSpeechAttribute.class) : null;
            tokens.reset();
            while (tokens.incrementToken()) {
                String key = term.toString();
                counts.merge(key, weight, Integer::sum);
                shown.putIfAbsent(key, text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
                if (isName(text, offset.startOffset()) || isProperNoun(partOfSpeech)) {
                    names.add(key);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
