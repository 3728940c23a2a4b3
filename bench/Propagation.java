import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Post;
import org.tidings.content.PostInput;
import org.tidings.site.Urls;
import org.tidings.store.Database;
import org.tidings.store.DatabaseConfig;
import org.tidings.store.PostFilter;
import org.tidings.store.Stores;

/**
 * Two-node propagation: changes a post's title N times through {@link ContentService} on the
 * database node A serves, and after each commit polls node B's post page and its search (every
 * 5 ms, over HTTP) until each shows the new title. Prints p50, p99 and max of commit-to-visible
 * time in milliseconds for both. Puts the post's title back at the end, so the site stays the same.
 *
 * <p>Run: {@code java -cp target/tidings.jar bench/Propagation.java DB_URL NODE_B_BASE_URL [CHANGES]}
 */
public final class Propagation {
    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration GIVE_UP = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Propagation() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp target/tidings.jar bench/Propagation.java DB_URL NODE_B_BASE_URL [CHANGES]");
            System.exit(2);
        }
        String nodeB = args[1].replaceAll("/+$", "");
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        try (Database database = Database.open(DatabaseConfig.postgres(args[0]))) {
            Stores stores = Stores.over(database);
            ContentService content = new ContentService(stores, Clock.systemUTC());
            // The oldest post: it is on no page the rest of the bench loads.
            int published = stores.posts().countPublished(PostFilter.all());
            Post post = stores.posts().newest(PostFilter.all(), 1, published - 1).getFirst().post();
            PostInput original = stores.editor().editable(post.id()).orElseThrow().toInput();
            String path = Urls.post(post, stores.settings().siteZone());
            String page = nodeB + path;
            if (get(page).statusCode() != 200) {
                throw new IllegalStateException("node B does not answer " + page);
            }
            long[] pageNanos = new long[count];
            long[] searchNanos = new long[count];
            Random random = new Random(1);
            try {
                for (int i = 0; i < count; i++) {
                    String word = "tidemark" + letters(i);
                    String title = "Propagation check " + word;
                    String search = nodeB + "/search/?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
                    // A pause of its own before each change, so that changes fall anywhere in the followers' cycle.
                    Thread.sleep(random.nextInt(200));
                    content.update(post.id(), withTitle(original, title), Actor.COMMAND_LINE);
                    long committed = System.nanoTime();
                    long[] seen = watch(page, title, search, path, committed);
                    pageNanos[i] = seen[0];
                    searchNanos[i] = seen[1];
                }
            } finally {
                content.update(post.id(), original, Actor.COMMAND_LINE);
            }
            System.out.println("page " + summary(pageNanos) + "; search " + summary(searchNanos) + " (" + count
                    + " changes)");
        }
    }

    /** Polls both until each shows the change; returns the nanoseconds each took, or -1 when one never did. */
    private static long[] watch(String page, String title, String search, String path, long committed)
            throws Exception {
        long pageSeen = -1;
        long searchSeen = -1;
        while (pageSeen < 0 || searchSeen < 0) {
            if (pageSeen < 0 && get(page).body().contains(title)) {
                pageSeen = System.nanoTime() - committed;
            }
            // The results page repeats the query in its search box: only a link to the post means it was found.
            if (searchSeen < 0 && get(search).body().contains(path + "\"")) {
                searchSeen = System.nanoTime() - committed;
            }
            if (System.nanoTime() - committed > GIVE_UP.toNanos()) {
                break;
            }
            Thread.sleep(POLL);
        }
        return new long[] {pageSeen, searchSeen};
    }

    private static PostInput withTitle(PostInput input, String title) {
        return new PostInput(title, input.slug(), input.body(), input.markdown(), input.excerpt(),
                input.publication(), input.byline(), input.sourceName(), input.sourceUrl(), input.categoryNames(),
                input.tagNames(), input.importKey());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A word the site holds nowhere else: letters only, so the analyzer keeps it whole. */
    private static String letters(int n) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.append((char) ('a' + n % 26));
            n /= 26;
        }
        return word.toString();
    }

    private static String summary(long[] nanos) {
        long missed = Arrays.stream(nanos).filter(n -> n < 0).count();
        long[] sorted = Arrays.stream(nanos).map(n -> n < 0 ? Long.MAX_VALUE : n).sorted().toArray();
        return String.format("p50 %s / p99 %s ms (max %s)%s", ms(sorted, 0.50), ms(sorted, 0.99),
                ms(sorted, 1.0), missed == 0 ? "" : ", " + missed + " not seen within " + GIVE_UP.toSeconds() + " s");
    }

    private static String ms(long[] sorted, double quantile) {
        long n = sorted[(int) Math.ceil(quantile * sorted.length) - 1];
        return n == Long.MAX_VALUE ? "never" : String.valueOf(Math.round(n / 1e6));
    }
}
