package org.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The one analyzer the index and queries share: English for {@code *_en} fields, Korean for {@code *_ko}. */
final class Analyzers {
    private Analyzers() {
    }

    /** Builds it; Nori loads its dictionaries here, so build it once and share it (it is thread-safe). */
    static Analyzer perField() {
        Analyzer korean = new KoreanTextAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
                SearchFields.korean(SearchFields.TITLE), korean,
                SearchFields.korean(SearchFields.TEXT), korean,
                SearchFields.korean(SearchFields.LABELS), korean));
    }

    /**
     * Runs a little English and Korean text through every field's analysis, so that the first post
     * published after start-up does not wait seconds while Nori loads its dictionaries.
     */
    static void warmUp(Analyzer analyzer) {
        String sample = "Refugees crossed the border at night. 탈북민들이 국경을 넘었다.";
        for (String field : new String[] {SearchFields.english(SearchFields.TEXT), SearchFields.korean(SearchFields.TEXT)}) {
            try (TokenStream tokens = analyzer.tokenStream(field, sample)) {
                tokens.reset();
                while (tokens.incrementToken()) {
                    // Only the loading matters.
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
