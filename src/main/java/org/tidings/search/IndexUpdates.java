package org.tidings.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.tidings.content.ContentChange;
import org.tidings.content.PostDetails;
import org.tidings.store.PostStore;
import org.tidings.store.PublishedState;

/** Writes to the index, one change at a time, and counts them so searchers know when to refresh. */
final class IndexUpdates {
    private final PostStore posts;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong changes = new AtomicLong();
    private long committedTo;
    private boolean stillOutOfStep;

    IndexUpdates(PostStore posts, IndexWriter writer, SearcherManager searchers) {
        this.posts = posts;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** How many changes were applied so far. */
    long count() {
        return changes.get();
    }

    /** Published posts are (re)indexed, others removed; "everything" reindexes every post. */
    synchronized void apply(ContentChange change) throws IOException {
        if (change.everything()) {
            reindexAll();
        } else {
            for (long id : change.postIds()) {
                reindex(id);
            }
        }
        changes.incrementAndGet();
    }

    /** See {@link SearchIndex#catchUp()}. */
    synchronized void catchUp() throws IOException {
        PublishedState indexed = indexedState();
        if (indexed.equals(posts.publishedState())) {
            stillOutOfStep = false;
            return;
        }
        if (stillOutOfStep) {
            reindexAll();
        } else {
            for (long id : posts.publishedIdsUpdatedAfter(indexed.lastUpdateMillis())) {
                reindex(id);
            }
        }
        changes.incrementAndGet();
        stillOutOfStep = !indexedState().equals(posts.publishedState());
    }

    /** Commits to disk if anything changed since the last commit. */
    synchronized void commitIfChanged() throws IOException {
        long upTo = changes.get();
        if (upTo != committedTo) {
            writer.commit();
            committedTo = upTo;
        }
    }

    private void reindexAll() throws IOException {
        writer.deleteAll();
        IndexFolder.fill(writer, posts, total -> Progress.none());
    }

    private void reindex(long postId) throws IOException {
        List<PostDetails> found = posts.publishedDetails(List.of(postId));
        if (found.isEmpty()) {
            writer.deleteDocuments(PostDocuments.idTerm(postId));
        } else {
            writer.updateDocument(PostDocuments.idTerm(postId), PostDocuments.of(found.getFirst()));
        }
    }

    private PublishedState indexedState() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return IndexState.of(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }
}
