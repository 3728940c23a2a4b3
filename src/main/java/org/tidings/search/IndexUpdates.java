package org.tidings.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Changes of many posts begun and not yet applied. */
    private int unfinished;

    IndexUpdates(PostStore posts, IndexWriter writer, SearcherManager searchers) {
        this.posts = posts;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** How many changes were applied so far. */
    long count() {
        return changes.get();
    }

    /** Published posts among the change are (re)indexed, the others removed from the index. */
    synchronized void apply(ContentChange change) throws IOException {
        reindex(List.copyOf(change.postIds()));
        changes.incrementAndGet();
    }

    /**
     * Applies a change of many posts on the caller's thread after {@link #begin} marked it
     * in the index; the mark is committed away when no such change is left.
     */
    void applyBegun(ContentChange change) throws IOException {
        try {
            apply(change);
        } finally {
            synchronized (this) {
                if (--unfinished == 0) {
                    IndexFolder.markUnfinished(writer, false);
                    writer.commit();
                }
            }
        }
    }

    /** Commits a mark that a change of many posts is under way, before it is applied in the background. */
    synchronized void begin() throws IOException {
        if (unfinished++ == 0) {
            IndexFolder.markUnfinished(writer, true);
            writer.commit();
        }
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
            reindex(posts.publishedIdsUpdatedAfter(indexed.lastUpdateMillis()));
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

    /** Reindexes {@code ids} a batch at a time: one query loads a batch's posts with their terms. */
    private void reindex(List<Long> ids) throws IOException {
        for (int from = 0; from < ids.size(); from += IndexFolder.BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + IndexFolder.BATCH));
            Map<Long, PostDetails> published = new HashMap<>();
            posts.publishedDetails(batch).forEach(details -> published.put(details.post().id(), details));
            for (long id : batch) {
                PostDetails details = published.get(id);
                if (details == null) {
                    writer.deleteDocuments(PostDocuments.idTerm(id));
                } else {
                    writer.updateDocument(PostDocuments.idTerm(id), PostDocuments.of(details));
                }
            }
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
