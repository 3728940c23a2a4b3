import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tidings.content.ChangeKind;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.site.Urls;
import org.tidings.store.Database;
import org.tidings.store.DatabaseConfig;
import org.tidings.store.PostFilter;
import org.tidings.store.Stores;

/**
 * Fills an empty site with a synthetic one of N published posts, straight through the stores
 * (not HTTP) but on the write path, so the site has a change log like a real one: categories with
 * parents and children, tags, outlets, authors, posts of 3 to 6 paragraphs over ten years. The
 * same N always gives the same site. The database is SQLite in DIR, or the PostgreSQL database
 * given as a third argument (a JDBC URL, as {@code --db} takes it). Writes the paths of some posts
 * to {@code post-paths.txt} in DIR, for the load generator.
 *
 * <p>Run: {@code java -cp target/tidings.jar bench/SyntheticSite.java DIR POSTS [DB_URL]}
 */
public final class SyntheticSite {
    private static final int BATCH = 1000;
    private static final String[][] CATEGORIES = {
            {"Refugees", null}, {"North Korean refugee", "Refugees"}, {"Resettlement", "Refugees"},
            {"Human rights", null}, {"Detention", "Human rights"}, {"Forced repatriation", "Human rights"},
            {"Economy", null}, {"Markets", "Economy"}, {"Trade", "Economy"}, {"Politics", null},
            {"Diplomacy", "Politics"}, {"Military", "Politics"}, {"Society", null}, {"Health", "Society"},
            {"Education", "Society"}, {"Culture", null}, {"Media", "Culture"}, {"Religion", "Culture"}};
    private static final String[] SUBJECTS = {"Defectors", "Aid workers", "Officials", "Families", "Students",
            "Traders", "Broadcasters", "Researchers", "Activists", "Soldiers", "Farmers", "Doctors", "Smugglers",
            "Lawmakers", "Volunteers", "Teachers"};
    private static final String[] VERBS = {"describe", "report", "warn of", "question", "welcome", "protest",
            "document", "reveal", "criticise", "support", "investigate", "recall"};
    private static final String[] OBJECTS = {"new border controls", "food shortages", "a crackdown on phones",
            "resettlement programmes", "rising rice prices", "forced labour", "a jamming campaign",
            "detention conditions", "family reunions", "aid deliveries", "market closures", "school reforms",
            "radio broadcasts", "cross-border trade", "a spring harvest", "power cuts", "hospital shortages"};
    private static final String[] PLACES = {"in Seoul", "near the border", "in Yanbian", "in Pyongyang",
            "in Hyesan", "in Sinuiju", "in Bangkok", "in Ulaanbaatar", "along the Tumen river", "in Dandong"};
    private static final String[] WORDS = ("the a of to and in that for on with as was were said by from at "
            + "officials people border market families government reports according sources local authorities "
            + "month year week residents food prices crackdown refugees defectors smuggling phones radio "
            + "China South North Korea Korean security ministry trade winter summer harvest rice corn "
            + "workers factory school hospital police soldiers prison camp aid agency programme interview "
            + "told would could since after before during while despite however although recently").split(" ");

    private static final List<String> VOCABULARY = vocabulary(20_000);

    private SyntheticSite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java -cp target/tidings.jar bench/SyntheticSite.java DIR POSTS [DB_URL]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        DatabaseConfig config = args.length == 3 ? DatabaseConfig.postgres(args[2]) : DatabaseConfig.sqlite(dir);
        Files.createDirectories(dir);
        try (Database database = Database.open(config)) {
            Stores stores = Stores.over(database);
            if (stores.posts().countPublished(PostFilter.all()) > 0) {
                System.err.println(config.shown() + " already holds posts; give an empty database");
                System.exit(1);
            }
            fill(stores, count, dir);
        }
    }

    private static void fill(Stores stores, int count, Path dir) throws Exception {
        Random random = new Random(count);
        Database database = stores.database();
        List<String> outlets = names("Outlet", 40);
        database.write(changes -> {
            stores.settings().put("site.title", "Tidings Bench");
            stores.settings().put("site.description", "A synthetic site of " + count + " posts");
            for (String[] category : CATEGORIES) {
                stores.categories().findOrCreate(category[0], category[1],
                        "Posts about " + category[0].toLowerCase() + ".");
            }
            for (int i = 0; i < outlets.size(); i++) {
                stores.sources().setHomepage(outlets.get(i), "https://outlet-" + i + ".example/");
            }
            changes.touched(ChangeKind.SETTINGS).touched(ChangeKind.TERMS);
        });
        List<String> authors = names("Author", 60);
        List<String> tags = names("topic", 300);
        Instant newest = Instant.parse("2026-11-01T12:00:00Z");
        long spacing = Duration.ofDays(3650).toMillis() / count;
        Instant started = Instant.now();
        List<String> paths = new ArrayList<>();
        for (int done = 0; done < count; done += BATCH) {
            List<PostInput> batch = new ArrayList<>();
            for (int i = done; i < Math.min(count, done + BATCH); i++) {
                Instant published = newest.minusMillis(spacing * i + random.nextInt((int) Math.max(1, spacing)));
                batch.add(post(random, i, published, outlets, authors, tags));
            }
            List<Long> ids = database.writeReturning(changes -> {
                List<Long> created = stores.posts().createAll(batch, Clock.systemUTC().instant());
                changes.posts(created);
                return created;
            });
            for (int i = 0; i < ids.size(); i += Math.max(1, count / 2000)) {
                paths.add(Urls.post(stores.posts().byId(ids.get(i)).orElseThrow(), ZoneOffset.UTC));
            }
            System.out.printf("\r  %,d / %,d posts (%d s)", done + ids.size(), count,
                    Duration.between(started, Instant.now()).toSeconds());
        }
        System.out.println();
        Files.write(dir.resolve("post-paths.txt"), paths);
    }

    private static PostInput post(Random random, int i, Instant published, List<String> outlets, List<String> authors,
            List<String> tags) {
        String title = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                + pick(random, PLACES);
        StringBuilder body = new StringBuilder();
        for (int p = 3 + random.nextInt(4); p > 0; p--) {
            body.append("<p>").append(paragraph(random)).append("</p>\n");
        }
        // A few categories get most posts, as on a real beat: the first ones are picked far more often.
        String category = CATEGORIES[(int) (CATEGORIES.length * Math.pow(random.nextDouble(), 2))][0];
        List<String> categories = random.nextInt(5) == 0
                ? List.of(category, CATEGORIES[random.nextInt(CATEGORIES.length)][0]) : List.of(category);
        List<String> postTags = new ArrayList<>();
        for (int t = random.nextInt(5); t > 0; t--) {
            postTags.add(tags.get((int) (tags.size() * Math.pow(random.nextDouble(), 3))));
        }
        String outlet = outlets.get(random.nextInt(outlets.size()));
        return new PostInput(title, "", HtmlSanitizer.sanitize(body.toString()), null, "",
                PostInput.Publication.published(published),
                random.nextInt(10) == 0 ? null : authors.get(random.nextInt(authors.size())), outlet,
                "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/story/" + i, categories, postTags,
                "bench:" + i);
    }

    private static String paragraph(Random random) {
        StringBuilder text = new StringBuilder();
        for (int s = 2 + random.nextInt(3); s > 0; s--) {
            int words = 12 + random.nextInt(14);
            StringBuilder sentence = new StringBuilder(word(random));
            sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
            for (int w = 1; w < words; w++) {
                sentence.append(' ').append(word(random));
            }
            text.append(sentence).append(". ");
        }
        return text.toString().strip();
    }

    /**
     * Half the words from the short list of common ones, half from a vocabulary of 20,000 made-up
     * words drawn by Zipf's law, as in real text: a few words everywhere, most words rare.
     */
    private static String word(Random random) {
        if (random.nextBoolean()) {
            return pick(random, WORDS);
        }
        return VOCABULARY.get((int) Math.exp(random.nextDouble() * Math.log(VOCABULARY.size())) - 1);
    }

    private static List<String> vocabulary(int size) {
        String[] syllables = {"ka", "ri", "mo", "sun", "do", "han", "je", "bu", "lo", "tan", "ve", "nis", "or",
                "pa", "gel", "tu", "min", "sa", "ro", "chi", "en", "dal", "ko", "ur"};
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (words.size() < size) {
            StringBuilder word = new StringBuilder();
            for (int n = 2 + random.nextInt(3); n > 0; n--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            if (seen.add(word.toString())) {
                words.add(word.toString());
            }
        }
        return words;
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix + " " + i);
        }
        return names;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
