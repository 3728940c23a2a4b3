import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A PostgreSQL server for the bench, from the binaries Maven already holds for the tests: keeps
 * its data in DIR (so the synthetic sites stay for the next run), makes sure the databases named
 * exist, prints one JDBC URL per database (the form {@code --db} takes) and runs until killed.
 *
 * <p>Run: {@code java -cp TEST_CLASSPATH bench/Postgres.java DIR DATABASE...}
 */
public final class Postgres {
    private Postgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp TEST_CLASSPATH bench/Postgres.java DIR DATABASE...");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        // Settings a server of its own would have. The builder turns durability off for tests (-F,
        // synchronous_commit=off); a server of its own keeps PostgreSQL's defaults, so commits cost what they would.
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_connections", "100")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("bench: could not stop PostgreSQL: " + e.getMessage());
            }
        }));
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                String name = args[i];
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                try (ResultSet exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                    if (!exists.next()) {
                        sql.execute("CREATE DATABASE " + name);
                    }
                }
                System.out.println(server.getJdbcUrl("postgres", name));
            }
        }
        System.out.flush();
        Thread.currentThread().join();
    }
}
