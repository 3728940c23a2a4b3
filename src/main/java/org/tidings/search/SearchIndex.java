package org.tidings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.content.ContentChange;
import org.tidings.content.ContentListener;
import org.tidings.content.PostDetails;
import org.tidings.content.TidingsException;
import org.tidings.store.PostStore;
import org.tidings.store.PublishedState;

/**
 * The search index of published posts in the data folder. It listens to every content change and
 * applies it at once (the next search sees it); it commits to disk every few seconds and on close,
 * and catches up with changes other processes made to the database.
 * Thread-safe: searches run in parallel over one shared searcher, changes one at a time.
 */
public final class SearchIndex implements ContentListener, AutoCloseable {
    public static final int PER_PAGE = 10;
    public static final int MAX_PAGES = 100;
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final Set<String> SHOWN_FIELDS = Set.of(SearchFields.ID, SearchFields.TITLE, SearchFields.TEXT);
    private final PostStore posts;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryFactory queries;
    private final Object writing = new Object();
    private final Object refreshing = new Object();
    private final AtomicLong changes = new AtomicLong();
    private volatile long refreshedTo;
    private long committedTo;
    private boolean stillOutOfStep;
    private final ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-index-upkeep").factory());

    private SearchIndex(PostStore posts, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.posts = posts;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.queries = new QueryFactory(analyzer);
        upkeep.scheduleWithFixedDelay(this::commitQuietly, 2, 2, TimeUnit.SECONDS);
        upkeep.scheduleWithFixedDelay(this::catchUpQuietly, 30, 30, TimeUnit.SECONDS);
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

    /** Applies a committed change: published posts are (re)indexed, others removed; "everything" reindexes all. */
    @Override
    public void contentChanged(ContentChange change) {
        try {
            synchronized (writing) {
                if (change.everything()) {
                    writer.deleteAll();
                    IndexFolder.fill(writer, posts, total -> Progress.none());
                } else {
                    for (long id : change.postIds()) {
                        reindex(id);
                    }
                }
                changes.incrementAndGet();
            }
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
        synchronized (writing) {
            PublishedState indexed = indexedState();
            if (indexed.equals(posts.publishedState())) {
                stillOutOfStep = false;
                return;
            }
            if (stillOutOfStep) {
                writer.deleteAll();
                IndexFolder.fill(writer, posts, total -> Progress.none());
            } else {
                for (long id : posts.publishedIdsUpdatedAfter(indexed.lastUpdateMillis())) {
                    reindex(id);
                }
            }
            changes.incrementAndGet();
            stillOutOfStep = !indexedState().equals(posts.publishedState());
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

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (IOException | RuntimeException e) {
            log.warn("could not bring the search index up to date with the database", e);
        }
    }

    private void reindex(long postId) throws IOException {
        List<PostDetails> found = posts.publishedDetails(List.of(postId));
        if (found.isEmpty()) {
            writer.deleteDocuments(PostDocuments.idTerm(postId));
        } else {
            writer.updateDocument(PostDocuments.idTerm(postId), PostDocuments.of(found.getFirst()));
        }
    }

    /** One page of results, best first, with marked titles and snippets. Never fails on what a reader typed. */
    public SearchResults search(SearchQuery search) {
        UserQuery userQuery = UserQuery.parse(search.text());
        Query text = queries.text(userQuery);
        if (text == null) {
            return SearchResults.nothing(userQuery.shortened());
        }
        int page = Math.clamp(search.page(), 1, MAX_PAGES);
        try {
            IndexSearcher searcher = acquire();
            try {
                TopDocs top = searcher.search(queries.filtered(text, search), page * PER_PAGE);
                long total = top.totalHits.value();
                return new SearchResults(hits(searcher, top, page, new Snippets(text)), total,
                        top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, page,
                        (int) Math.min(MAX_PAGES, (total + PER_PAGE - 1) / PER_PAGE), false, userQuery.shortened());
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            return SearchResults.nothing(true);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top, int page, Snippets snippets)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = (page - 1) * PER_PAGE; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = stored.document(scoreDoc.doc, SHOWN_FIELDS);
            hits.add(new SearchHit(Long.parseLong(doc.get(SearchFields.ID)),
                    snippets.title(searcher.getIndexReader(), scoreDoc.doc, doc.get(SearchFields.TITLE)),
                    snippets.passage(searcher.getIndexReader(), scoreDoc.doc, doc.get(SearchFields.TEXT))));
        }
        return hits;
    }

    /** The current searcher, refreshed first if content changed since the last refresh. */
    private IndexSearcher acquire() throws IOException {
        long wanted = changes.get();
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

    private void commitQuietly() {
        try {
            long upTo = changes.get();
            if (upTo != committedTo) {
                writer.commit();
                committedTo = upTo;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not commit the search index; the next start-up will rebuild it if needed", e);
        }
    }

    @Override
    public void close() {
        upkeep.shutdown();
        try {
            upkeep.awaitTermination(10, TimeUnit.SECONDS);
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
