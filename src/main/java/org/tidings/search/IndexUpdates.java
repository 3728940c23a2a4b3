package org.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.tidings.content.LoggedChange;
import org.tidings.content.PostDetails;
import org.tidings.store.PostStore;

/**
 * Applies change-log rows to the index in order and remembers the seq of the last one, which each
 * commit records; searchers refresh when that seq moved.
 */
final class IndexUpdates {
    private final PostStore posts;
    private final IndexWriter writer;
    private final AtomicLong position;
    private long committedTo;

    IndexUpdates(PostStore posts, IndexWriter writer, long position) {
        this.posts = posts;
        this.writer = writer;
        this.position = new AtomicLong(position);
        this.committedTo = position;
    }

    /** The seq of the last change applied (not necessarily committed to disk yet). */
    long position() {
        return position.get();
    }

    /** Reindexes the posts the changes name (published ones are (re)added, others removed) and moves past them. */
    synchronized void apply(List<LoggedChange> changes) throws IOException {
        Set<Long> ids = new LinkedHashSet<>();
        changes.forEach(change -> ids.addAll(change.change().postIds()));
        reindex(List.copyOf(ids));
        long last = changes.getLast().seq();
        IndexFolder.markSeq(writer, last);
        position.set(last);
    }

    /** Runs {@code closing} when no change or commit is under way; later ones are refused. */
    synchronized void close(IndexTask closing) {
        try {
            closing.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    /** What closes the index: its steps may fail with an {@link IOException}. */
    interface IndexTask {
        void run() throws IOException;
    }

    /** Commits to disk if anything was applied since the last commit. */
    synchronized void commitIfChanged() throws IOException {
        if (!writer.isOpen()) {
            return;
        }
        long upTo = position.get();
        if (upTo != committedTo) {
            writer.commit();
            committedTo = upTo;
        }
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
}
