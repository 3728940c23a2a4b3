package org.tidings.transfer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.tidings.content.TidingsException;
import org.tidings.curation.fetch.FetchRequest;
import org.tidings.curation.fetch.FetchResult;
import org.tidings.curation.fetch.FetchSettings;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.media.MediaLibrary;

/**
 * Where an import finds the old site's uploaded files: a copy of {@code wp-content/uploads} as a
 * folder or a ZIP, or the old site itself over the network. Files larger than the media library
 * takes are not read.
 */
public interface Uploads extends AutoCloseable {

    /** The bytes of the upload at {@code url}, if this source has it. */
    Optional<byte[]> read(String url);

    @Override
    default void close() {
    }

    /** A folder or ZIP holding the uploads (with or without {@code wp-content/uploads/} above them). */
    static Uploads from(Path source) {
        if (Files.isDirectory(source)) {
            return new Folder(source.toAbsolutePath().normalize());
        }
        if (Files.isRegularFile(source)) {
            return new Zip(source);
        }
        throw new TidingsException("no such folder or ZIP file: " + source);
    }

    /** The old site over the network (see {@link Download}). */
    static Uploads download() {
        return new Download();
    }

    /**
     * The part of an upload's address below the uploads folder: {@code 2008/06/photo.jpg} of
     * {@code http://example.org/wp-content/uploads/2008/06/photo.jpg} (or of WordPress.com's
     * {@code https://site.files.wordpress.com/2008/06/photo.jpg}); empty when it has no path.
     */
    static String relative(String url) {
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (path == null) {
            return "";
        }
        int uploads = path.indexOf("/uploads/");
        return uploads >= 0 ? path.substring(uploads + "/uploads/".length()) : path.replaceFirst("^/+", "");
    }

    /** A folder: only files inside it are read, whatever dots the address holds. */
    record Folder(Path root) implements Uploads {
        @Override
        public Optional<byte[]> read(String url) {
            String relative = relative(url);
            if (relative.isEmpty()) {
                return Optional.empty();
            }
            for (Path base : new Path[] {root, root.resolve("uploads"), root.resolve("wp-content/uploads")}) {
                Path file = base.resolve(relative).normalize();
                try {
                    if (file.startsWith(root) && Files.isRegularFile(file)
                            && Files.size(file) <= MediaLibrary.MAX_BYTES) {
                        return Optional.of(Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /** A ZIP: entries are found by the end of their name, so any folders above {@code 2008/06/...} do. */
    final class Zip implements Uploads {
        private final ZipFile zip;
        private final Map<String, ZipEntry> byName = new HashMap<>();

        Zip(Path file) {
            try {
                zip = new ZipFile(file.toFile());
            } catch (IOException e) {
                throw new TidingsException("cannot read the ZIP file " + file + ": " + e.getMessage(), e);
            }
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> byName.put(relative("file:///" + e.getName()), e));
        }

        @Override
        public Optional<byte[]> read(String url) {
            ZipEntry entry = byName.get(relative(url));
            if (entry == null || entry.getSize() > MediaLibrary.MAX_BYTES) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MediaLibrary.MAX_BYTES + 1);
                return bytes.length > MediaLibrary.MAX_BYTES ? Optional.empty() : Optional.of(bytes);
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (IOException e) {
                // Nothing was written to it: nothing to lose.
            }
        }
    }

    /**
     * The old site over HTTP(S), through the safe fetcher that reads outlets' feeds: only public
     * addresses, checked on every DNS answer, socket and redirect hop (an export cannot make the
     * import probe the machine's own network), with timeouts and the library's size limit.
     */
    final class Download implements Uploads {
        private final SafeFetcher fetcher = new SafeFetcher(FetchSettings.forSite("WordPress import")
                .withMaxBytes(MediaLibrary.MAX_BYTES));

        @Override
        public Optional<byte[]> read(String url) {
            FetchResult result = fetcher.fetch(new FetchRequest(url.strip(), null, null, "*/*"));
            return result.ok() ? Optional.of(result.body()) : Optional.empty();
        }

        @Override
        public void close() {
            fetcher.close();
        }
    }
}
