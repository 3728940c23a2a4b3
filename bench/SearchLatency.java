import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.tidings.app.TidingsApp;
import org.tidings.content.Post;
import org.tidings.search.SearchIndex;
import org.tidings.search.SearchQuery;
import org.tidings.store.Database;
import org.tidings.store.PostFilter;
import org.tidings.store.Stores;

/**
 * Search latency in-process over a site's index: 1,000 warm-up queries, then 2,000 timed ones,
 * one at a time, each one to three words taken from a random post's title or text.
 * Prints p50, p95, p99 and max in milliseconds. The site must not be served meanwhile.
 *
 * <p>Run: {@code java -cp target/tidings.jar bench/SearchLatency.java DIR}
 */
public final class SearchLatency {
    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Database database = Database.openSqlite(dir);
                SearchIndex index = SearchIndex.open(TidingsApp.indexFolder(dir), Stores.over(database).posts(),
                        database.changeLog())) {
            List<String> queries = queries(Stores.over(database), new Random(42));
            for (String query : queries.subList(0, 1000)) {
                index.search(SearchQuery.of(query));
            }
            List<String> timed = queries.subList(1000, queries.size());
            long[] nanos = new long[timed.size()];
            long hits = 0;
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                hits += index.search(SearchQuery.of(timed.get(i))).total();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries, %d hits on average)%n",
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, nanos.length,
                    hits / nanos.length);
        }
    }

    /** 3,000 queries of one to three words that readers saw: taken from random posts' titles and text. */
    private static List<String> queries(Stores stores, Random random) {
        int posts = stores.posts().countPublished(PostFilter.all());
        List<String> queries = new ArrayList<>();
        while (queries.size() < 3000) {
            Post post = stores.posts().byId(1 + random.nextInt(posts)).orElse(null);
            if (post == null) {
                continue;
            }
            String text = random.nextInt(3) == 0 ? post.title() : Jsoup.parse(post.bodyHtml()).text();
            String[] words = text.replaceAll("[^\\p{L}\\p{N} ]", "").split(" +");
            int length = 1 + random.nextInt(3);
            int from = random.nextInt(Math.max(1, words.length - length));
            queries.add(String.join(" ", Arrays.asList(words).subList(from, Math.min(words.length, from + length))));
        }
        return queries;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
