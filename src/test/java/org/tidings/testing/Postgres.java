package org.tidings.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tidings.store.Database;

/** A real PostgreSQL server started from Maven's binaries, with a migrated Tidings database in it. */
public final class Postgres implements AutoCloseable {
    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static Postgres start() {
        try {
            return new Postgres(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens (and migrates) the server's {@code postgres} database through Tidings' own pool. */
    public Database open() {
        return Database.openPostgres(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
