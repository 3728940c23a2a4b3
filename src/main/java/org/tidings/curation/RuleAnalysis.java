package org.tidings.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tidings.search.KoreanTextAnalyzer;

/**
 * The site search's two analyses (English stems, Korean morphemes through Nori) applied to items and
 * to rules' words, so that a rule matches what a search for its words would find: "refugees" finds
 * "refugee", 탈북 finds 탈북민. Thread-safe; build one and share it: Nori loads its dictionaries once.
 */
public final class RuleAnalysis {
    private static final String FIELD = "text";
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer korean = new KoreanTextAnalyzer();

    /** Which analyses look for a word: as the search does, Latin words in English, Hangul or Hanja in Korean. */
    enum Language { ENGLISH, KOREAN }

    /** A text analysed both ways: for each analysis, term -> positions. */
    public record Analysed(Map<Language, Map<String, Set<Integer>>> positions) {
        boolean contains(Language language, List<Term> phrase) {
            Map<String, Set<Integer>> terms = positions.get(language);
            Set<Integer> starts = terms.getOrDefault(phrase.get(0).text(), Set.of());
            return starts.stream().anyMatch(start -> phrase.stream()
                    .allMatch(term -> terms.getOrDefault(term.text(), Set.of()).contains(start + term.offset())));
        }
    }

    /** One term of a phrase and its position relative to the phrase's first term. */
    record Term(String text, int offset) {
    }

    /** Analyses an item's text (title, summary, content) for rules to match. */
    public Analysed analyse(String text) {
        Map<Language, Map<String, Set<Integer>>> positions = new HashMap<>();
        for (Language language : Language.values()) {
            Map<String, Set<Integer>> terms = new HashMap<>();
            for (Term term : terms(language, text)) {
                terms.computeIfAbsent(term.text(), key -> new HashSet<>()).add(term.offset());
            }
            positions.put(language, terms);
        }
        return new Analysed(positions);
    }

    /** The analyses a word or phrase is looked up in, as {@code search/QueryFactory} chooses them. */
    static List<Language> languagesOf(String words) {
        boolean korean = words.codePoints().anyMatch(RuleAnalysis::isKorean);
        boolean other = words.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !isKorean(c));
        if (korean && other) {
            return List.of(Language.values());
        }
        return List.of(korean ? Language.KOREAN : Language.ENGLISH);
    }

    /** The terms of {@code text} in one analysis, each at its position (stop words leave gaps, as in a phrase query). */
    List<Term> terms(Language language, String text) {
        List<Term> terms = new ArrayList<>();
        Analyzer analyzer = language == Language.KOREAN ? korean : english;
        try (TokenStream tokens = analyzer.tokenStream(FIELD, text == null ? "" : text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(new Term(term.toString(), position));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static boolean isKorean(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
    }
}
