package org.tidings.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.tidings.content.PostDetails;
import org.tidings.content.TidingsException;
import org.tidings.store.PostStore;
import org.tidings.store.ChangeLog;

/**
 * The index folder in the data folder: whether it is sound and in step with the database, and
 * how to rebuild it from the database. A rebuild writes a fresh folder beside it and swaps it in,
 * so an interrupted rebuild leaves the old index as it was and can simply be run again.
 */
final class IndexFolder {
    /** Bumped whenever documents change shape, so an older index is rebuilt. */
    static final String SCHEMA = "1";
    private static final String SCHEMA_KEY = "tidings.schema";
    /** The seq of the last change-log row the committed index holds: a restart resumes after it. */
    static final String SEQ_KEY = "tidings.seq";
    /** Posts loaded and indexed at a time: one query loads a batch with its terms. */
    static final int BATCH = 500;
    /** Fewer, larger segments while rebuilding: fewer merges. */
    private static final double REBUILD_BUFFER_MB = 64;

    private IndexFolder() {
    }

    static IndexWriterConfig writerConfig(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setCommitOnClose(true);
    }

    /**
     * Why the index at {@code folder} must be rebuilt (missing, damaged, another schema, not made
     * from this database's change log), or null; {@code latestSeq} is the newest change in the log.
     */
    static String staleReason(Path folder, long latestSeq) {
        if (!Files.isDirectory(folder)) {
            return "there is no search index yet";
        }
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return "there is no search index yet";
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> marks = reader.getIndexCommit().getUserData();
                if (!SCHEMA.equals(marks.get(SCHEMA_KEY))) {
                    return "the search index was made by another version of Tidings";
                }
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                long seq = Long.parseLong(marks.getOrDefault(SEQ_KEY, "-1"));
                if (seq < 0) {
                    return "the search index does not say which changes it holds";
                }
                return seq <= latestSeq ? null
                        : "the search index holds changes the database does not have (another database?)";
            }
        } catch (IOException | RuntimeException e) {
            return "the search index is damaged (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** The seq of the last change the index at {@code directory} holds, as its last commit says. */
    static long seqOf(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return Long.parseLong(reader.getIndexCommit().getUserData().getOrDefault(SEQ_KEY, "0"));
        }
    }

    /** Marks the next commit of {@code writer} as holding every change up to {@code seq}. */
    static void markSeq(IndexWriter writer, long seq) {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, SEQ_KEY, Long.toString(seq)).entrySet());
    }

    /** Rebuilds the index at {@code folder} from every published post, showing {@code progress} for a total. */
    static void rebuild(Path folder, PostStore posts, ChangeLog changeLog, Analyzer analyzer,
            LongFunction<Progress> progress) {
        refuseIfLocked(folder);
        // Read before the posts: changes committed during the rebuild come after it, and are applied again.
        long seq = changeLog.latest();
        Path fresh = folder.resolveSibling(folder.getFileName() + ".new");
        try {
            deleteTree(fresh);
            try (Directory directory = FSDirectory.open(fresh);
                    IndexWriter writer = new IndexWriter(directory, writerConfig(analyzer)
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(REBUILD_BUFFER_MB))) {
                fill(writer, posts, progress);
                markSeq(writer, seq);
                writer.commit();
            }
            swap(fresh, folder);
        } catch (IOException e) {
            throw new TidingsException("cannot rebuild the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Adds every published post to {@code writer} in batches. */
    private static void fill(IndexWriter writer, PostStore posts, LongFunction<Progress> progress) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        try (Progress shown = progress.apply(posts.publishedState().published());
                ExecutorService indexers = Executors.newFixedThreadPool(threads,
                        Thread.ofPlatform().daemon().name("search-indexer-", 1).factory())) {
            long after = 0;
            List<PostDetails> batch;
            while (!(batch = posts.publishedAfter(after, BATCH)).isEmpty()) {
                addAll(writer, batch, indexers, threads);
                after = batch.getLast().post().id();
                shown.advance(batch.size());
            }
        }
    }

    /** Adds {@code batch} on every core: analysis (Nori's above all) is the slow part, and the writer is thread-safe. */
    private static void addAll(IndexWriter writer, List<PostDetails> batch, ExecutorService indexers, int threads)
            throws IOException {
        List<Callable<Void>> parts = new ArrayList<>();
        int size = (batch.size() + threads - 1) / threads;
        for (int from = 0; from < batch.size(); from += size) {
            List<PostDetails> part = batch.subList(from, Math.min(batch.size(), from + size));
            parts.add(() -> {
                for (PostDetails post : part) {
                    writer.addDocument(PostDocuments.of(post));
                }
                return null;
            });
        }
        try {
            for (Future<Void> done : indexers.invokeAll(parts)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("indexing was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        }
    }

    /** Fails with a clear message when another process (a running server) writes the index at {@code folder}. */
    static void refuseIfLocked(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Directory directory = FSDirectory.open(folder);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
        } catch (LockObtainFailedException e) {
            throw new TidingsException("the search index in " + folder
                    + " is in use by a running Tidings server, which keeps it up to date itself; stop the server first");
        } catch (IOException e) {
            // A damaged folder cannot be locked either; the rebuild replaces it.
        }
    }

    private static void swap(Path fresh, Path folder) throws IOException {
        Path old = folder.resolveSibling(folder.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(folder)) {
            Files.move(folder, old);
        }
        Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
