package org.tidings.cli;

import java.nio.file.Path;
import org.tidings.store.BadDatabaseUrl;
import org.tidings.store.DatabaseConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --data DIR} and {@code --db URL} options every command that touches the store shares. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "tidings-data",
            description = "Data folder holding the search index, and the SQLite database unless --db names another "
                    + "(default: ${DEFAULT-VALUE}).")
    Path dataDir;

    // No ${DEFAULT-VALUE} in the description: the URL from the environment may hold a password.
    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:TIDINGS_DB_URL}", converter = PostgresOption.class,
            description = "PostgreSQL database instead of SQLite in the data folder: "
                    + "jdbc:postgresql://HOST:PORT/NAME?user=U&password=P (default: $TIDINGS_DB_URL).")
    DatabaseConfig postgres;

    public Path dataDir() {
        return dataDir;
    }

    /** The database to open: PostgreSQL when {@code --db} or {@code TIDINGS_DB_URL} names one, else SQLite in the data folder. */
    public DatabaseConfig database() {
        return postgres != null ? postgres : DatabaseConfig.sqlite(dataDir);
    }

    /** Turns a malformed URL into a bad argument (exit code 2) whose message leaves the URL out. */
    static final class PostgresOption implements ITypeConverter<DatabaseConfig> {
        @Override
        public DatabaseConfig convert(String url) {
            if (url.isBlank()) {
                return null;
            }
            try {
                return DatabaseConfig.postgres(url);
            } catch (BadDatabaseUrl e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
