package org.tidings.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.tidings.store.Database;
import org.tidings.store.DatabaseConfig;

/** One real PostgreSQL server per test run, started from Maven's binaries on first use, that hands out fresh databases. */
public final class Postgres {
    /** Migrated once, then copied: quicker than running every migration again for each test. */
    private static final String TEMPLATE = "tidings_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    /** The URL (as {@code --db} takes it) of a new migrated database on the shared server, which stops when the test JVM ends. */
    public static String freshDatabase() {
        String name = "t_" + DATABASES.incrementAndGet();
        execute(server(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return server().getJdbcUrl("postgres", name);
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
