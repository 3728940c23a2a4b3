import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tidings.app.TidingsApp;
import org.tidings.search.SearchIndex;
import org.tidings.search.SearchQuery;
import org.tidings.store.Database;
import org.tidings.store.Stores;

/**
 * Search latency in-process over a site's index: 1,000 warm-up queries, then 2,000 timed ones
 * (one, two and three words of the synthetic site's vocabulary, some absent), one at a time.
 * Prints p50, p95, p99 and max in milliseconds. The site must not be served meanwhile.
 *
 * <p>Run: {@code java -cp target/tidings.jar bench/SearchLatency.java DIR}
 */
public final class SearchLatency {
    private static final String[] WORDS = ("border market families government reports sources authorities "
            + "prices crackdown refugees defectors smuggling phones radio China Korea ministry trade winter "
            + "harvest rice corn workers factory school hospital police soldiers prison camp aid programme "
            + "interview Seoul Yanbian Pyongyang Hyesan officials students doctors teachers rations "
            + "electricity bicycles tuberculosis").split(" ");

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Database database = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(TidingsApp.indexFolder(dir), Stores.over(database).posts())) {
            Random random = new Random(42);
            for (int i = 0; i < 1000; i++) {
                index.search(SearchQuery.of(query(random)));
            }
            long[] nanos = new long[2000];
            long hits = 0;
            for (int i = 0; i < nanos.length; i++) {
                String query = query(random);
                long start = System.nanoTime();
                hits += index.search(SearchQuery.of(query)).total();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries, %d hits)%n",
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, nanos.length, hits);
        }
    }

    private static String query(Random random) {
        List<String> words = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
