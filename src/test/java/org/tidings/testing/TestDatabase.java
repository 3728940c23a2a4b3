package org.tidings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tidings.content.ContentService;
import org.tidings.store.Database;
import org.tidings.store.Stores;

/** A migrated database of a fresh temporary folder in the test run's store, with a content service on a clock the test moves. */
public final class TestDatabase implements AutoCloseable {
    private final Path dataDir;
    private final Database database;
    private final MovableClock clock = new MovableClock();
    private final Stores stores;
    private final ContentService content;

    private TestDatabase(Path dataDir) {
        this.dataDir = dataDir;
        this.database = TestStore.open(dataDir);
        this.stores = Stores.over(database);
        this.content = new ContentService(stores, clock);
    }

    public static TestDatabase create() {
        try {
            return new TestDatabase(Files.createTempDirectory("tidings-db-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public MovableClock clock() {
        return clock;
    }

    public ContentService content() {
        return content;
    }

    public Stores stores() {
        return stores;
    }

    @Override
    public void close() {
        database.close();
    }
}
