import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.tidings.curation.StoryGrouper;
import org.tidings.curation.StoryItem;
import org.tidings.curation.TextFeatures;

/**
 * Story grouping latency in-process: fills a {@link StoryGrouper} with 20,000 synthetic items
 * published over its three-day window (stories of one to ten items from 40 outlets), then times
 * grouping 3,000 more items one at a time (the first 1,000 as warm-up), analysis included.
 * Prints p50, p95, p99 and max in milliseconds, the same of the thread's CPU time (which other
 * work on the machine hardly changes), and how many new items joined a story.
 *
 * <p>Run: {@code java -cp target/tidings.jar bench/StoryGrouping.java [RECENT_ITEMS]}
 */
public final class StoryGrouping {
    private static final String[] COMMON = ("said people government officials report year week new city country police "
            + "state minister told would also after first last two three time percent million group leader court "
            + "border market security talks agency news former public local support plan").split(" ");
    private static final List<String> VOCABULARY = vocabulary(30_000);

    private StoryGrouping() {
    }

    public static void main(String[] args) {
        int recent = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random random = new Random(11);
        StoryGrouper grouper = new StoryGrouper(new TextFeatures());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Duration step = StoryGrouper.DEFAULT_WINDOW.dividedBy(recent + 1);
        int id = 0;
        List<String[]> stories = new ArrayList<>();
        while (id < recent) {
            id = addStory(grouper, random, stories, id, start.plus(step.multipliedBy(id)));
        }
        Instant now = start.plus(StoryGrouper.DEFAULT_WINDOW);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[3000];
        long[] cpu = new long[nanos.length];
        int joined = 0;
        for (int i = 0; i < nanos.length; i++) {
            String[] story = random.nextInt(3) == 0 ? storyWords(random) : stories.get(random.nextInt(stories.size()));
            StoryItem item = item(random, "new-" + i, story, now.plusSeconds(i));
            long begin = System.nanoTime();
            long beginCpu = threads.getCurrentThreadCpuTime();
            boolean newStory = grouper.assign(item).newStory();
            cpu[i] = threads.getCurrentThreadCpuTime() - beginCpu;
            nanos[i] = System.nanoTime() - begin;
            joined += newStory || i < 1000 ? 0 : 1;
        }
        long[] timed = Arrays.copyOfRange(nanos, 1000, nanos.length);
        long[] timedCpu = Arrays.copyOfRange(cpu, 1000, cpu.length);
        Arrays.sort(timed);
        Arrays.sort(timedCpu);
        System.out.printf("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; CPU time p50 %.2f ms, p99 %.2f ms "
                + "(%d items among %,d recent; %d joined a story)%n", ms(timed, 0.50), ms(timed, 0.95), ms(timed, 0.99),
                timed[timed.length - 1] / 1e6, ms(timedCpu, 0.50), ms(timedCpu, 0.99), timed.length, recent, joined);
    }

    /** A story of one to ten items from different outlets, published close together. */
    private static int addStory(StoryGrouper grouper, Random random, List<String[]> stories, int id, Instant at) {
        String[] story = storyWords(random);
        stories.add(story);
        int size = 1 + (int) Math.min(9, -Math.log(1 - random.nextDouble()) * 3);
        for (int n = 0; n < size; n++, id++) {
            grouper.assign(item(random, "item-" + id, story, at.plusSeconds(n * 60L)));
        }
        return id;
    }

    /** The few words (names, places) that every report of a story shares. */
    private static String[] storyWords(Random random) {
        String[] words = new String[6];
        for (int i = 0; i < words.length; i++) {
            words[i] = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
        }
        return words;
    }

    /** A feed item: a ten-word title and a 50-word summary, a quarter of them the story's words. */
    private static StoryItem item(Random random, String id, String[] story, Instant published) {
        return new StoryItem(id, "Outlet " + random.nextInt(40), text(random, story, 10), text(random, story, 50),
                published, "en");
    }

    private static String text(Random random, String[] story, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int kind = random.nextInt(4);
            String word = kind == 0 ? story[random.nextInt(story.length)]
                    : kind == 1 ? COMMON[random.nextInt(COMMON.length)]
                    : VOCABULARY.get((int) Math.exp(random.nextDouble() * Math.log(VOCABULARY.size())) - 1);
            text.append(word).append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString().strip();
    }

    /** Made-up words: a few drawn everywhere (Zipf), most rare, as in real text. */
    private static List<String> vocabulary(int size) {
        String[] parts = {"an", "bo", "che", "dun", "el", "fa", "gor", "hi", "im", "ju", "kel", "lu", "mar", "ne",
                "ost", "pi", "qua", "ra", "sol", "te", "ul", "vin", "wo", "yen", "zar"};
        Random random = new Random(3);
        Set<String> words = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < size) {
            StringBuilder word = new StringBuilder();
            for (int n = 2 + random.nextInt(3); n > 0; n--) {
                word.append(parts[random.nextInt(parts.length)]);
            }
            if (words.add(word.toString())) {
                ordered.add(word.toString());
            }
        }
        return ordered;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
