package org.tidings.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
}
