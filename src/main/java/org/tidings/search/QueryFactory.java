package org.tidings.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/** Builds Lucene queries from what a reader typed and the filters they chose. Thread-safe. */
final class QueryFactory {
    /** A word in a title counts most, then in an outlet, category or tag name, then in the text. */
    private static final Map<String, Float> BOOSTS = Map.of(
            SearchFields.TITLE, 3f, SearchFields.LABELS, 2f, SearchFields.TEXT, 1f);
    private final QueryBuilder builder;

    QueryFactory(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** The query for the reader's words, or null when none of them can be searched for. */
    Query text(UserQuery userQuery) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean wantsSomething = false;
        for (UserQuery.Clause clause : userQuery.clauses()) {
            Query inAnyField = inAnyField(clause.text());
            if (inAnyField != null) {
                query.add(inAnyField, clause.occur());
                wantsSomething |= clause.occur() != Occur.MUST_NOT;
            }
        }
        return wantsSomething ? query.build() : null;
    }

    /** {@code text} restricted by the filters of {@code search}. */
    Query filtered(Query text, SearchQuery search) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (!search.categoryIds().isEmpty()) {
            long[] ids = search.categoryIds().stream().mapToLong(Long::longValue).toArray();
            query.add(LongField.newSetQuery(SearchFields.CATEGORY, ids), Occur.FILTER);
        }
        if (search.sourceId() != null) {
            query.add(LongField.newExactQuery(SearchFields.SOURCE, search.sourceId()), Occur.FILTER);
        }
        if (search.from() != null || search.until() != null) {
            long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochMilli();
            long until = search.until() == null ? Long.MAX_VALUE : search.until().toEpochMilli() - 1;
            query.add(LongField.newRangeQuery(SearchFields.PUBLISHED, from, until), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * A word or phrase in the best-matching field. A word that analysis splits (Korean morphemes,
     * "COVID-19") must keep its parts together, so every clause is a phrase query (a term query when
     * analysis leaves one term). Latin-script words are looked up only in the English fields, whose
     * stems already cover every form the Korean fields hold, and Hangul or Hanja only in the Korean
     * ones: half the postings to read for the same hits.
     */
    private Query inAnyField(String text) {
        List<Query> perField = new ArrayList<>();
        for (String language : languages(text)) {
            BOOSTS.forEach((field, boost) -> {
                Query query = builder.createPhraseQuery(field + language, text);
                if (query != null) {
                    perField.add(new BoostQuery(query, boost));
                }
            });
        }
        // A tie breaker of 0 lets Lucene skip documents that cannot reach the top (block-max pruning).
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0f);
    }

    private static List<String> languages(String text) {
        boolean korean = text.codePoints().anyMatch(QueryFactory::isKorean);
        boolean other = text.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !isKorean(c));
        if (korean && other) {
            return SearchFields.LANGUAGES;
        }
        return List.of(korean ? SearchFields.KOREAN : SearchFields.ENGLISH);
    }

    private static boolean isKorean(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
    }
}
