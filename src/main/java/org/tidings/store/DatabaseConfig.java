package org.tidings.store;

import java.nio.file.Path;

/** Which database Tidings opens: SQLite in the data folder (the default) or a PostgreSQL server. */
public sealed interface DatabaseConfig {

    /** The file {@code tidings.db} in {@code dataDir}. */
    static DatabaseConfig sqlite(Path dataDir) {
        return new Sqlite(dataDir);
    }

    /**
     * The PostgreSQL database named by {@code jdbcUrl} ({@code jdbc:postgresql://HOST:PORT/NAME?user=U&password=P}).
     *
     * @throws BadDatabaseUrl when the URL is not one; its message never holds the password
     */
    static DatabaseConfig postgres(String jdbcUrl) {
        return PostgresUrl.parse(jdbcUrl);
    }

    /** Where the database is, fit for messages and logs: never the password. */
    String shown();

    /** SQLite in a data folder. */
    record Sqlite(Path dataDir) implements DatabaseConfig {
        @Override
        public String shown() {
            return "SQLite " + dataDir.resolve("tidings.db").toAbsolutePath();
        }
    }

    /** A PostgreSQL server: the password is kept apart from the URL, so no message that names the URL holds it. */
    record Postgres(String url, String user, String password) implements DatabaseConfig {
        @Override
        public String shown() {
            return "PostgreSQL " + url + (user == null ? "" : " as " + user);
        }

        @Override
        public String toString() {
            return shown();
        }
    }
}
