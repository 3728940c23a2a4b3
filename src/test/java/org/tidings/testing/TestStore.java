package org.tidings.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tidings.store.Database;
import org.tidings.store.DatabaseConfig;

/**
 * The store the whole test run uses, chosen by {@code -Dtidings.test.store=sqlite|postgres}: SQLite
 * in each data folder, or one fresh database per data folder on a shared embedded PostgreSQL, so
 * tests stay apart and a test that reopens a folder reopens its database.
 */
public final class TestStore {
    private static final String CHOICE = System.getProperty("tidings.test.store", "sqlite");
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    static {
        if (!CHOICE.equals("sqlite") && !CHOICE.equals("postgres")) {
            throw new IllegalStateException("tidings.test.store must be sqlite or postgres, not " + CHOICE);
        }
    }

    private TestStore() {
    }

    public static boolean isPostgres() {
        return CHOICE.equals("postgres");
    }

    /** The database of {@code dataDir} in this run. */
    public static DatabaseConfig of(Path dataDir) {
        if (!isPostgres()) {
            return DatabaseConfig.sqlite(dataDir);
        }
        return DatabaseConfig.postgres(url(dataDir));
    }

    private static String url(Path dataDir) {
        return DATABASES.computeIfAbsent(dataDir.toAbsolutePath().normalize(), folder -> Postgres.freshDatabase());
    }

    /** Forgets every data folder's database and drops them: called once a test class is done with them. */
    static void dropAll() {
        if (isPostgres()) {
            DATABASES.clear();
            Postgres.dropAll();
        }
    }

    /** Opens (and migrates) the database of {@code dataDir}. */
    public static Database open(Path dataDir) {
        return Database.open(of(dataDir));
    }

    /** {@code args} of a command, with {@code --db URL} added after {@code --data DIR} when the run is on PostgreSQL. */
    public static String[] command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int data = all.indexOf("--data");
        if (isPostgres() && data >= 0) {
            all.addAll(data + 2, List.of("--db", url(Path.of(all.get(data + 1)))));
        }
        return all.toArray(String[]::new);
    }
}
