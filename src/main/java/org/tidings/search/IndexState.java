package org.tidings.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.tidings.store.PublishedState;

/** What the index holds, in the terms of the database's {@link PublishedState}, to see whether they agree. */
final class IndexState {
    private IndexState() {
    }

    /** How many posts the index holds and the latest {@code updated_at} among them (live documents only). */
    static PublishedState of(IndexReader reader) throws IOException {
        long latest = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedNumericDocValues updated = DocValues.getSortedNumeric(leaf.reader(), SearchFields.UPDATED);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = updated.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = updated.nextDoc()) {
                if (live == null || live.get(doc)) {
                    latest = Math.max(latest, updated.nextValue());
                }
            }
        }
        return new PublishedState(reader.numDocs(), latest);
    }
}
