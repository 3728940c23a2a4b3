package org.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.tidings.content.ChangeSubscriber;
import org.tidings.content.LoggedChange;
import org.tidings.content.TidingsException;
import org.tidings.store.ChangeLog;
import org.tidings.store.PostStore;

/**
 * The search index of published posts in the data folder, kept in step with the change log: it
 * applies each change (the next search sees it) and records in every commit the seq of the last
 * change it holds, so a restart resumes from there. Thread-safe: searches run in parallel over one
 * shared searcher, changes one at a time.
 */
public final class SearchIndex implements ChangeSubscriber, AutoCloseable {
    public static final int PER_PAGE = 10;
    public static final int MAX_PAGES = 100;
    /** About a second of indexing on two cores: larger changes are applied in the background. */
    static final int APPLIED_AT_ONCE = 200;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Searches searches;
    private final Analyzer analyzer;
    private final IndexUpdates updates;
    private final Object refreshing = new Object();
    private volatile long refreshedTo;
    private volatile boolean closed;

    private SearchIndex(PostStore posts, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.searches = new Searches(analyzer);
        this.analyzer = analyzer;
        long seq = IndexFolder.seqOf(directory);
        this.updates = new IndexUpdates(posts, writer, seq);
        this.refreshedTo = seq;
    }

    /**
     * Opens the index in {@code folder}, first rebuilding it from the database (with a progress bar
     * on the terminal) when it is missing, damaged, or was not made from this database's change log.
     * It holds the changes up to its {@link #position()}; the caller follows the log from there.
     */
    public static SearchIndex open(Path folder, PostStore posts, ChangeLog changeLog) {
        Analyzer analyzer = Analyzers.perField();
        String stale = IndexFolder.staleReason(folder, changeLog.latest());
        if (stale != null) {
            System.err.println("Rebuilding the search index in " + folder + ": " + stale + ".");
            IndexFolder.rebuild(folder, posts, changeLog, analyzer, total -> Progress.onTerminal("Indexing", total));
        }
        try {
            Directory directory = FSDirectory.open(folder);
            try {
                IndexWriter writer = new IndexWriter(directory,
                        IndexFolder.writerConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.APPEND));
                return new SearchIndex(posts, directory, writer, analyzer);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            throw new TidingsException("the search index in " + folder + " is in use by another Tidings server", e);
        } catch (IOException e) {
            throw new TidingsException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Rebuilds the index in {@code folder} from the database, as {@code tidings reindex} does. */
    public static void rebuild(Path folder, PostStore posts, ChangeLog changeLog, LongFunction<Progress> progress) {
        IndexFolder.rebuild(folder, posts, changeLog, Analyzers.perField(), progress);
    }

    @Override
    public long position() {
        return updates.position();
    }

    /** Published posts the changes name are (re)indexed, others removed; the next search sees them. */
    @Override
    public void apply(List<LoggedChange> changes) {
        try {
            updates.apply(changes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** A change of many posts (renaming a big category) is left to the background, so the editor does not wait. */
    @Override
    public boolean appliesAtOnce(List<LoggedChange> changes) {
        return changes.stream().mapToInt(change -> change.change().postIds().size()).sum() <= APPLIED_AT_ONCE;
    }

    /** Loads what analysis needs before the first post is published, off the request path (a background job). */
    public void warmUp() {
        Analyzers.warmUp(analyzer);
    }

    /** Writes what was applied to disk, with the seq it reached; called every few seconds and on close. */
    public void commitIfChanged() {
        if (closed) {
            return;
        }
        try {
            updates.commitIfChanged();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /** One page of results, best first, with marked titles and snippets. Never fails on what a reader typed. */
    public SearchResults search(SearchQuery search) {
        try {
            IndexSearcher searcher = acquire();
            try {
                return searches.run(searcher, search);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The current searcher, refreshed first if changes were applied since the last refresh. */
    private IndexSearcher acquire() throws IOException {
        long wanted = updates.position();
        if (refreshedTo < wanted) {
            synchronized (refreshing) {
                if (refreshedTo < wanted) {
                    searchers.maybeRefreshBlocking();
                    refreshedTo = wanted;
                }
            }
        }
        return searchers.acquire();
    }

    /**
     * Whether searches can be answered: the index is open (a missing or stale one was rebuilt
     * before {@link #open} returned) and not closed.
     */
    public boolean isReady() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
        // Waits for a change or commit under way on a background job, which would otherwise fail the close.
        updates.close(() -> {
            searchers.close();
            writer.close();
            directory.close();
        });
    }
}
