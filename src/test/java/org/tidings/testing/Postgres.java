package org.tidings.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tidings.store.Database;
import org.tidings.store.DatabaseConfig;

/** One real PostgreSQL server per test run, started from Maven's binaries on first use, that hands out fresh databases. */
public final class Postgres {
    /** Migrated once, then copied: quicker than running every migration again for each test. */
    private static final String TEMPLATE = "tidings_template";
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final List<String> made = new ArrayList<>();
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    /** The URL (as {@code --db} takes it) of a new migrated database on the shared server, which stops when the test JVM ends. */
    public static synchronized String freshDatabase() {
        String name = "t_" + NUMBERS.incrementAndGet();
        // FILE_COPY copies the template's files as they are, where the default strategy writes them all to the WAL too.
        execute(server(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
        made.add(name);
        return server().getJdbcUrl("postgres", name);
    }

    /** Drops every database made so far, ending any connection left open to one; a few hundred would fill the disk. */
    public static synchronized void dropAll() {
        made.forEach(name -> execute(server, "DROP DATABASE " + name + " WITH (FORCE)"));
        made.clear();
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Durability buys a throw-away test server nothing but time.
                EmbeddedPostgres started = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off").start();
                execute(started, "CREATE DATABASE " + TEMPLATE);
                Database.open(DatabaseConfig.postgres(started.getJdbcUrl("postgres", TEMPLATE))).close();
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static void execute(EmbeddedPostgres on, String statement) {
        try (Connection connection = on.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
