package org.tidings.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.tidings.content.Author;
import org.tidings.content.ChangeSet;
import org.tidings.content.Category;
import org.tidings.content.Page;
import org.tidings.content.Post;
import org.tidings.content.Source;
import org.tidings.content.Tag;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.content.User;
import org.tidings.content.TidingsException;
import org.tidings.curation.Feed;
import org.tidings.curation.FeedItem;
import org.tidings.curation.ItemState;
import org.tidings.i18n.Wording;

/** A migrated database behind a connection pool, SQLite in a data folder or PostgreSQL. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;
    private final ChangeLog changeLog;
    /** The changes of the write running on this thread, if any: nested writes join it. */
    private final ThreadLocal<ChangeSet> currentWrite = new ThreadLocal<>();
    private final List<LongConsumer> committedListeners = new CopyOnWriteArrayList<>();

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.jdbi = configure(Jdbi.create(dataSource));
        this.changeLog = new ChangeLog(jdbi, postgres);
        if (WritePathGuard.enabled()) {
            jdbi.getConfig(Handles.class).addListener(new WritePathGuard(() -> currentWrite.get() != null));
        }
        // Posts published before addresses were stored get theirs now, before the zone can change.
        write(changes -> jdbi.useHandle(AddressDates::fixEveryPublished));
    }

    /** Opens the configured database and migrates it: the one way the server and every command open the store. */
    public static Database open(DatabaseConfig config) {
        return switch (config) {
            case DatabaseConfig.Sqlite sqlite -> openSqlite(sqlite.dataDir());
            case DatabaseConfig.Postgres postgres -> openPostgres(postgres);
        };
    }

    /** Opens (creating if needed) {@code tidings.db} in {@code dataDir} and migrates it. */
    public static Database openSqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new TidingsException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + dataDir.resolve("tidings.db").toAbsolutePath()
                + "?foreign_keys=true&journal_mode=WAL&busy_timeout=10000&synchronous=NORMAL"
                // A write takes the lock when it begins, so it waits its turn instead of failing at once
                // (SQLITE_BUSY) when it would otherwise upgrade a stale read to a write.
                + "&transaction_mode=IMMEDIATE");
        config.setMaximumPoolSize(8);
        // More connections open when needed: opening all eight at start-up delays the first page.
        config.setMinimumIdle(1);
        config.setPoolName("tidings-sqlite");
        return open(config, false);
    }

    private static Database openPostgres(DatabaseConfig.Postgres postgres) {
        tryConnecting(postgres);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.url());
        config.setUsername(postgres.user());
        config.setPassword(postgres.password());
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(2);
        config.setPoolName("tidings-postgres");
        // The server's details of an error quote the row's values (a client address, a name): not for logs.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return open(config, true);
    }

    /** One plain connection first: the pool would log a stack trace, where a user needs one line saying why. */
    private static void tryConnecting(DatabaseConfig.Postgres postgres) {
        Properties credentials = new Properties();
        if (postgres.user() != null) {
            credentials.setProperty("user", postgres.user());
        }
        if (postgres.password() != null) {
            credentials.setProperty("password", postgres.password());
        }
        try (Connection connection = DriverManager.getConnection(postgres.url(), credentials)) {
            connection.isValid(5);
        } catch (SQLException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause() + ")";
            throw new DatabaseUnavailable("cannot connect to " + postgres.shown() + ": " + e.getMessage() + cause, e);
        }
    }

    private static Database open(HikariConfig config, boolean postgres) {
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource, postgres);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new TidingsException("cannot migrate the database: " + e.getMessage(), e);
        }
        return new Database(dataSource, postgres);
    }

    private static void migrate(HikariDataSource dataSource, boolean postgres) {
        // Column types that differ between the two databases, named in migrations as ${identity} and ${blob}.
        String identity = postgres
                ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                : "INTEGER PRIMARY KEY AUTOINCREMENT";
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("identity", identity, "blob", postgres ? "BYTEA" : "BLOB"))
                .load()
                .migrate();
    }

    private static Jdbi configure(Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutArguments);
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            long millis = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        });
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerColumnMapper(PostStatus.class, (rs, column, ctx) -> PostStatus.fromDb(rs.getString(column)));
        jdbi.registerColumnMapper(Role.class, (rs, column, ctx) -> Role.parse(rs.getString(column)));
        jdbi.registerColumnMapper(ItemState.class, (rs, column, ctx) -> ItemState.parse(rs.getString(column)));
        jdbi.registerColumnMapper(Wording.class, (rs, column, ctx) -> Wording.fromStored(rs.getString(column)));
        for (Class<?> type : List.of(Post.class, Author.class, Category.class, Tag.class, Source.class, User.class,
                Page.class, ImportedItem.class, OldAddress.class, Feed.class, FeedItem.class)) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
        return jdbi;
    }

    /**
     * A failed statement's message names the statement but not its arguments, which end up in logs
     * and can be a reader's address, what an editor searched for, or a session's hash.
     */
    private static String withoutArguments(StatementException e) {
        String sql = e.getStatementContext() == null ? null : e.getStatementContext().getRenderedSql();
        if (sql == null) {
            return e.getShortMessage();
        }
        return e.getShortMessage() + " [statement:\"" + (sql.length() > 1024 ? sql.substring(0, 1024) + "..." : sql) + "\"]";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * The one write path: runs {@code work} in one transaction and, in the same transaction, appends
     * what it noted in its {@link ChangeSet} to the change log. After the commit, this process's
     * followers are told the new seq at once; other processes read it from the log. A write begun
     * inside another joins it (one transaction, one log row).
     */
    public <T> T writeReturning(Function<ChangeSet, T> work) {
        ChangeSet joined = currentWrite.get();
        if (joined != null) {
            return work.apply(joined);
        }
        ChangeSet changes = new ChangeSet();
        currentWrite.set(changes);
        Written<T> written;
        try {
            written = jdbi.inTransaction(h -> {
                T result = work.apply(changes);
                AddressDates.fix(h, changes.toChange().postIds());
                return new Written<>(result, changes.isEmpty() ? 0 : changeLog.append(h, changes.toChange()));
            });
        } finally {
            currentWrite.remove();
        }
        if (written.seq() > 0) {
            committedListeners.forEach(listener -> listener.accept(written.seq()));
        }
        return written.result();
    }

    /** As {@link #writeReturning}, for work that returns nothing. */
    public void write(Consumer<ChangeSet> work) {
        writeReturning(changes -> {
            work.accept(changes);
            return null;
        });
    }

    private record Written<T>(T result, long seq) {
    }

    /** Calls {@code listener} with the seq of every change this process commits, right after the commit. */
    public void onCommitted(LongConsumer listener) {
        committedListeners.add(listener);
    }

    public ChangeLog changeLog() {
        return changeLog;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Whether the database answers a trivial query within a few seconds; false, never an exception, when it does not. */
    public boolean answers() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").setQueryTimeout(3)
                    .mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Stores instants as epoch milliseconds, the portable form used by every table. */
    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
        InstantArgumentFactory() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setLong(position, value.toEpochMilli());
        }
    }
}
