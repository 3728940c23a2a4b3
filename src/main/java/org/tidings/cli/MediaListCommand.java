package org.tidings.cli;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaLibrary;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tidings media list}: the library's items, newest first, with their addresses. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the media library, newest first.")
public final class MediaListCommand implements Callable<Integer> {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Mixin
    DataOption data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Show at most N items (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (Database database = Database.open(data.database())) {
            List<MediaItem> items = new MediaLibrary(Stores.over(database), Clock.systemUTC()).list(Math.max(1, limit), 0);
            if (items.isEmpty()) {
                System.out.println("The media library is empty. Add a file with: tidings media add FILE --alt TEXT");
                return 0;
            }
            System.out.printf("%-6s %-16s %-11s %-50s %s%n", "ID", "ADDED (UTC)", "SIZE", "ADDRESS", "ALT TEXT");
            for (MediaItem item : items) {
                String size = item.isImage() ? item.width() + "x" + item.height() : "pdf";
                System.out.printf("%-6d %-16s %-11s %-50s %s%n", item.id(), SHOWN.format(item.createdAt()), size,
                        item.url(), item.alt());
            }
        }
        return 0;
    }
}
