package org.tidings.media;

import org.tidings.i18n.Messages;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.tidings.content.ChangeKind;
import org.tidings.content.NotFoundException;
import org.tidings.store.Database;
import org.tidings.store.MediaStore;
import org.tidings.store.Stores;

/**
 * The media library: the one way files get into it, change and leave it, each change one write on
 * the change log (kind {@link ChangeKind#MEDIA}), so every node's page cache follows.
 *
 * <p>{@link #add} is what the admin, the {@code media add} command and importers call:
 * <pre>{@code MediaItem item = library.add(bytes, "photo.jpg", "Alt text", "wxr:SITE:123");
 * item.url();    // "/media/HASH-WIDTH.jpg", the widest file; item.srcset(), item.width(), item.height()}</pre>
 * It tells the type from the bytes (JPEG, PNG, GIF, PDF; never the name), refuses anything else,
 * polyglots, animated GIFs, files over {@link #MAX_BYTES} and images over 40 megapixels with a
 * {@link MediaRefused} whose message says why, and stores images re-encoded from their pixels in
 * a few widths and PDFs saved again, in both cases without any metadata. It is idempotent: the
 * same bytes, or the same non-null {@code importKey}, give back the item already stored
 * ({@link #byImportKey} finds it before the bytes are fetched). Each call is one short write after
 * the decoding, so an import killed at any moment and run again ends with each file stored once.
 */
public final class MediaLibrary {
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_NAME = 200;
    private static final int MAX_ALT = 1000;
    private static final int HASH_CHARS = 32;
    private final Database database;
    private final MediaStore store;
    private final Clock clock;

    public MediaLibrary(Stores stores, Clock clock) {
        this.database = stores.database();
        this.store = stores.media();
        this.clock = clock;
    }

    /** Stores an upload (or finds it stored); refused with {@link MediaRefused} when it cannot be taken. */
    public MediaItem add(byte[] bytes, String originalName, String alt, String importKey) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaRefused(Messages.t("words.media.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new MediaRefused(Messages.t("words.media.tooBig", megabytes(bytes.length), MAX_BYTES / (1024 * 1024)));
        }
        String sourceHash = sha256(bytes);
        Optional<MediaItem> known = store.find(sourceHash, importKey, "").flatMap(store::byId);
        if (known.isPresent()) {
            return known.get();
        }
        UploadType type = UploadType.of(bytes);
        List<StoredFile> files = type == UploadType.PDF ? List.of(pdf(PdfCleaner.clean(bytes))) : images(bytes, type);
        MediaStore.NewItem item = new MediaStore.NewItem(type == UploadType.PDF ? MediaKind.PDF : MediaKind.IMAGE,
                clip(fileName(originalName), MAX_NAME), clip(alt, MAX_ALT), sourceHash, importKey, clock.instant(), files);
        return insert(item);
    }

    private MediaItem insert(MediaStore.NewItem item) {
        String widest = item.files().getLast().file().name();
        // Two uploads of one picture with different metadata re-encode to the same files: one item.
        Optional<Long> same = store.find(item.sourceHash(), item.importKey(), widest);
        long id = same.orElseGet(() -> database.writeReturning(changes -> {
            changes.touched(ChangeKind.MEDIA);
            return store.insert(item);
        }));
        return byId(id);
    }

    private static List<StoredFile> images(byte[] bytes, UploadType type) {
        List<ImageRecoder.Encoded> encoded = ImageRecoder.recode(bytes, type);
        String hash = sha256(encoded.getLast().bytes()).substring(0, HASH_CHARS);
        return encoded.stream().map(e -> new StoredFile(new MediaFile(hash + "-" + e.width() + "." + e.extension(),
                e.contentType(), e.width(), e.height(), e.bytes().length), e.bytes())).toList();
    }

    private static StoredFile pdf(byte[] cleaned) {
        String name = sha256(cleaned).substring(0, HASH_CHARS) + ".pdf";
        return new StoredFile(new MediaFile(name, "application/pdf", 0, 0, cleaned.length), cleaned);
    }

    public MediaItem byId(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException(Messages.t("words.media.noSuchFile")));
    }

    public Optional<MediaItem> find(long id) {
        return store.byId(id);
    }

    /** The item imported under {@code importKey}: an importer's way to skip fetching a file it already has. */
    public Optional<MediaItem> byImportKey(String importKey) {
        return store.byImportKey(importKey).flatMap(store::byId);
    }

    /** A page of the library, newest first. */
    public List<MediaItem> list(int limit, int offset) {
        return store.list(limit, offset);
    }

    public int count() {
        return store.count();
    }

    public void updateAlt(long id, String alt) {
        database.write(changes -> {
            byId(id);
            store.updateAlt(id, clip(alt, MAX_ALT));
            changes.touched(ChangeKind.MEDIA);
        });
    }

    /** Deletes an item and its files; the posts it was featured on lose it. Posts that show it inline keep a broken image. */
    public void delete(long id) {
        database.write(changes -> {
            byId(id);
            List<Long> featuredOn = store.featuredOn(id);
            store.delete(id);
            changes.touched(ChangeKind.MEDIA, featuredOn);
        });
    }

    /** Sets (or, with null, removes) the featured image of a post; only images can be one. */
    public void setFeatured(long postId, Long mediaId) {
        if (mediaId != null && !byId(mediaId).isImage()) {
            throw new MediaRefused(Messages.t("words.media.featuredImage"));
        }
        database.write(changes -> {
            store.setFeatured(postId, mediaId);
            changes.post(postId);
        });
    }

    /** The featured image of a post, if it has one. */
    public Optional<MediaItem> featured(long postId) {
        return store.featured(postId);
    }

    /** The last part of an uploaded file's name, without the folders a browser or command may send. */
    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String last = name.replace('\\', '/');
        return last.substring(last.lastIndexOf('/') + 1).strip();
    }

    private static String clip(String text, int max) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
