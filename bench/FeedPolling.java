import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.tidings.curation.CurationRuntime;
import org.tidings.curation.FeedPoller;
import org.tidings.curation.fetch.FetchSettings;
import org.tidings.curation.fetch.HostResolver;
import org.tidings.store.Database;
import org.tidings.store.Stores;

/**
 * The feed poller in-process against a local server: 1,000 synthetic RSS feeds of 50 items each
 * (100 outlets' hosts, all resolving to 127.0.0.1; items drawn from 5,000 events so that several
 * outlets report each), served with an ETag. Times the first poll (every item new: fetch, parse,
 * sanitize, dedupe, store in SQLite, group into stories) and the second (every feed answers 304):
 * wall time, this process's CPU time (the local server's included), items per second and the
 * peak heap in use (sampled after each feed, garbage included). Run it under -Xmx256m:
 * {@code java -Xmx256m -cp target/tidings.jar bench/FeedPolling.java [FEEDS] [ITEMS]}
 */
public final class FeedPolling {
    private static final String[] COMMON = ("said people government officials report year week new city country police "
            + "state minister told would also after first last two three time percent million group leader court "
            + "border market security talks agency news former public local support plan").split(" ");
    private static final int HOSTS = 100;
    private static final int EVENTS = 5_000;
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private FeedPolling() {
    }

    /** A clock the bench moves forward between polls, so every feed is due again. */
    private static final class MovedClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    public static void main(String[] args) throws IOException {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Instant now = Instant.now();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> serve(exchange, items, now));
        server.start();
        int port = server.getAddress().getPort();
        Map<String, List<String>> names = new HashMap<>();
        for (int host = 0; host < HOSTS; host++) {
            names.put("outlet-" + host + ".bench", List.of("127.0.0.1"));
        }
        FetchSettings settings = FetchSettings.forSite("https://bench.example.org").withAllowPrivate(true)
                .withResolver(HostResolver.of(names));
        Path data = Files.createTempDirectory("tidings-feed-bench");
        MovedClock clock = new MovedClock();
        try (Database database = Database.openSqlite(data);
                CurationRuntime runtime = CurationRuntime.open(Stores.over(database), settings, clock)) {
            for (int feed = 0; feed < feeds; feed++) {
                int host = feed % HOSTS;
                runtime.curation().follow("http://outlet-" + host + ".bench:" + port + "/feed/" + feed + ".xml",
                        "Outlet " + host + ": section " + feed / HOSTS, "https://outlet-" + host + ".example/");
            }
            List<String> rows = new ArrayList<>();
            rows.add(measure("first poll (all new)", runtime.poller()));
            clock.offset = Duration.ofHours(5);
            rows.add(measure("second poll (all 304)", runtime.poller()));
            System.out.printf("%n%d feeds x %d items, heap max %d MB, %d CPUs%n", feeds, items,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            System.out.printf("%-24s %8s %8s %8s %10s %10s %10s%n", "", "feeds", "wall s", "CPU s", "new items",
                    "items/s", "peak heap");
            rows.forEach(System.out::println);
        } finally {
            server.stop(0);
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static String measure(String name, FeedPoller poller) {
        System.gc();
        AtomicLong peak = new AtomicLong();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        FeedPoller.Round round = poller.pollDue(poll -> {
            peak.accumulateAndGet(heapUsed(), Math::max);
            if (poll.failed()) {
                System.err.println(poll.error());
            }
        });
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        return String.format("%-24s %8d %8.1f %8.1f %10d %10.0f %8d MB", name, round.polled(), wall, cpuSeconds,
                round.newItems(), round.newItems() / wall, peak.get() >> 20);
    }

    /** The heap in use now, sampled after each feed: its maximum is the peak, garbage included. */
    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** One feed, made from its number: the same bytes every time, so its ETag holds. */
    private static void serve(HttpExchange exchange, int items, Instant now) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int feed = Integer.parseInt(path.replaceAll("\\D", ""));
            String etag = "\"feed-" + feed + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = rss(feed, items, now).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String rss(int feed, int items, Instant now) {
        Random random = new Random(feed);
        int host = feed % HOSTS;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Outlet ").append(host).append("</title><link>https://outlet-").append(host)
                .append(".example/</link><ttl>30</ttl>");
        for (int i = 0; i < items; i++) {
            int event = random.nextInt(EVENTS);
            Random words = new Random(event);
            String[] story = new String[6];
            for (int w = 0; w < story.length; w++) {
                story[w] = word(words);
            }
            xml.append("<item><title>").append(text(random, story, 10)).append("</title><link>https://outlet-")
                    .append(host).append(".example/").append(feed / HOSTS).append('/').append(event)
                    .append("?utm_source=rss</link><description>&lt;p&gt;").append(text(random, story, 50))
                    .append("&lt;/p&gt;</description><pubDate>")
                    .append(RFC_1123.format(now.minusSeconds(60L * (event % 4000)))).append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String text(Random random, String[] story, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            int kind = random.nextInt(4);
            text.append(kind == 0 ? story[random.nextInt(story.length)]
                    : kind == 1 ? COMMON[random.nextInt(COMMON.length)] : word(random)).append(' ');
        }
        return text.toString().strip();
    }

    /** A made-up word; the rare ones are many, as in real text. */
    private static String word(Random random) {
        String[] parts = {"an", "bo", "che", "dun", "el", "fa", "gor", "hi", "im", "ju", "kel", "lu", "mar", "ne",
                "ost", "pi", "qua", "ra", "sol", "te", "ul", "vin", "wo", "yen", "zar"};
        StringBuilder word = new StringBuilder();
        for (int n = 2 + random.nextInt(3); n > 0; n--) {
            word.append(parts[random.nextInt(parts.length)]);
        }
        return word.toString();
    }
}
