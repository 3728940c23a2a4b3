package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.tidings.content.TidingsException;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaLibrary;
import org.tidings.media.MediaSnippets;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings media add FILE --alt TEXT}: puts an image or PDF into the library, without its
 * metadata, and prints its public address. Adding the same file again prints the same address.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add an image (JPEG, PNG, GIF) or PDF to the media library; prints its public address.")
public final class MediaAddCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--alt", required = true, paramLabel = "TEXT",
            description = "What the image shows, for people who cannot see it (for a PDF: its title).")
    String alt;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to add.")
    Path file;

    @Override
    public Integer call() {
        if (alt.isBlank()) {
            throw new TidingsException("--alt: describe the image for people who cannot see it");
        }
        InputFile.problem(file).ifPresent(problem -> {
            throw new TidingsException(problem);
        });
        byte[] bytes = read(file);
        try (Database database = Database.open(data.database())) {
            MediaItem item = new MediaLibrary(Stores.over(database), Clock.systemUTC())
                    .add(bytes, file.getFileName().toString(), alt, null);
            System.out.println(item.url());
            System.out.println("Markdown: " + MediaSnippets.markdown(item));
        }
        return 0;
    }

    /** At most one byte more than the library takes, so a huge file is refused without being read whole. */
    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MediaLibrary.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new TidingsException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
