package org.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.content.ContentChange;
import org.tidings.content.ContentListener;
import org.tidings.content.TidingsException;
import org.tidings.store.PostStore;

/**
 * The search index of published posts in the data folder. It listens to every content change and
 * applies it at once (the next search sees it); it commits to disk every few seconds and on close,
 * and catches up with changes other processes made to the database. Thread-safe: searches run in
 * parallel over one shared searcher, changes one at a time.
 */
public final class SearchIndex implements ContentListener, AutoCloseable {
    public static final int PER_PAGE = 10;
    public static final int MAX_PAGES = 100;
    /** About a second of indexing on two cores. */
    static final int APPLIED_AT_ONCE = 200;
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Searches searches;
    private final IndexUpdates updates;
    private final Object refreshing = new Object();
    private volatile long refreshedTo;
    private volatile boolean closed;
    private final ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-index-upkeep").factory());

    private SearchIndex(PostStore posts, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.searches = new Searches(analyzer);
        this.updates = new IndexUpdates(posts, writer, searchers);
        upkeep.scheduleWithFixedDelay(() -> quietly("commit", updates::commitIfChanged), 2, 2, TimeUnit.SECONDS);
        upkeep.scheduleWithFixedDelay(() -> quietly("update", updates::catchUp), 30, 30, TimeUnit.SECONDS);
    }

    /**
     * Opens the index in {@code folder}, first rebuilding it from the database (with a progress bar
     * on the terminal) when it is missing, damaged or out of step, e.g. after posts were imported
     * from the command line while no server ran.
     */
    public static SearchIndex open(Path folder, PostStore posts) {
        Analyzer analyzer = Analyzers.perField();
        String stale = IndexFolder.staleReason(folder, posts.publishedState());
        if (stale != null) {
            System.err.println("Rebuilding the search index in " + folder + ": " + stale + ".");
            IndexFolder.rebuild(folder, posts, analyzer, total -> Progress.onTerminal("Indexing", total));
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
    public static void rebuild(Path folder, PostStore posts, LongFunction<Progress> progress) {
        IndexFolder.rebuild(folder, posts, Analyzers.perField(), progress);
    }

    /**
     * Applies a committed change: published posts are (re)indexed, others removed. A change of
     * many posts at once (renaming a big category) is applied in the background, so the editor
     * does not wait for it; searches show the old names for those few seconds, and a server that
     * stops before the end rebuilds its index at the next start.
     */
    @Override
    public void contentChanged(ContentChange change) {
        try {
            if (change.postIds().size() > APPLIED_AT_ONCE) {
                updates.begin();
                upkeep.execute(() -> quietly("update", () -> updates.applyBegun(change)));
                return;
            }
            updates.apply(change);
        } catch (IOException | RuntimeException e) {
            // The database change stands; the start-up check sees the index out of step and rebuilds it.
            log.error("could not update the search index for {}", change, e);
        }
    }

    /**
     * Indexes what the database holds and this index lacks: posts another process (the command-line
     * import) changed while this server runs. Done every 30 seconds; when adding changed posts is not
     * enough (a post was unpublished or deleted elsewhere) and the next round finds the same, it
     * reindexes everything.
     */
    public void catchUp() throws IOException {
        updates.catchUp();
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

    /** The current searcher, refreshed first if content changed since the last refresh. */
    private IndexSearcher acquire() throws IOException {
        long wanted = updates.count();
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

    private interface IndexTask {
        void run() throws IOException;
    }

    private static void quietly(String what, IndexTask task) {
        try {
            task.run();
        } catch (IOException | RuntimeException e) {
            log.warn("could not {} the search index; the next start-up rebuilds it if needed", what, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        upkeep.shutdown();
        try {
            // A change of many posts still being applied in the background is finished first.
            upkeep.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
