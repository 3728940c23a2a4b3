package org.tidings.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/** Runs one search over a searcher: the reader's words and filters in, a page of marked results out. Thread-safe. */
final class Searches {
    private static final Set<String> SHOWN_FIELDS = Set.of(SearchFields.ID, SearchFields.TITLE, SearchFields.TEXT);
    private final QueryFactory queries;

    Searches(Analyzer analyzer) {
        this.queries = new QueryFactory(analyzer);
    }

    SearchResults run(IndexSearcher searcher, SearchQuery search) throws IOException {
        UserQuery userQuery = UserQuery.parse(search.text());
        Query text = queries.text(userQuery);
        if (text == null) {
            return SearchResults.nothing(userQuery.shortened());
        }
        int page = Math.clamp(search.page(), 1, SearchIndex.MAX_PAGES);
        try {
            TopDocs top = searcher.search(queries.filtered(text, search), page * SearchIndex.PER_PAGE);
            long total = top.totalHits.value();
            int pageCount = (int) Math.min(SearchIndex.MAX_PAGES, (total + SearchIndex.PER_PAGE - 1) / SearchIndex.PER_PAGE);
            return new SearchResults(hits(searcher, top, page, new Snippets(text)), total,
                    top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, page, pageCount, false,
                    userQuery.shortened());
        } catch (IndexSearcher.TooManyClauses e) {
            return SearchResults.nothing(true);
        }
    }

    private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top, int page, Snippets snippets)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = (page - 1) * SearchIndex.PER_PAGE; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = stored.document(scoreDoc.doc, SHOWN_FIELDS);
            hits.add(new SearchHit(Long.parseLong(doc.get(SearchFields.ID)),
                    snippets.title(searcher.getIndexReader(), scoreDoc.doc, doc.get(SearchFields.TITLE)),
                    snippets.passage(searcher.getIndexReader(), scoreDoc.doc, doc.get(SearchFields.TEXT))));
        }
        return hits;
    }
}
