import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Random;
import org.tidings.content.ContentService;
import org.tidings.store.Database;
import org.tidings.store.DatabaseConfig;
import org.tidings.store.Stores;
import org.tidings.transfer.TextArchiveImporter;
import org.tidings.transfer.wordpress.WxrImporter;
import org.tidings.transfer.wordpress.WxrReader;
import org.tidings.transfer.wordpress.WxrReport;

/**
 * The WordPress import's speed: writes a synthetic WXR of N posts (20 bylines, 60 categories in
 * parents and children, 500 tags, 0-3 comments a post, an attachment every tenth post; kept for
 * the next run), imports it into a fresh SQLite folder in this JVM and prints the rate and the
 * peak heap; then the plain-text importer's rate over a capture of 2,000 posts, for comparison.
 * Run it with the heap limit to check: {@code java -Xmx256m -cp target/tidings.jar bench/WxrImport.java DIR N}.
 */
public final class WxrImport {
    private static final int TEXT_POSTS = 2_000;

    private WxrImport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -Xmx256m -cp target/tidings.jar bench/WxrImport.java DIR POSTS");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int posts = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        Path file = dir.resolve("wxr-" + posts + ".xml");
        if (!Files.exists(file)) {
            System.err.println("Writing a WXR of " + posts + " posts to " + file + " (kept for the next run)...");
            Path partial = dir.resolve("wxr-" + posts + ".xml.part");
            writeWxr(partial, posts);
            Files.move(partial, file);
        }
        long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        Path data = fresh(dir.resolve("wxr-import"));
        try (Database database = Database.open(DatabaseConfig.sqlite(data))) {
            WxrImporter importer = new WxrImporter(new ContentService(Stores.over(database), Clock.systemUTC()),
                    ZoneOffset.UTC);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            WxrReader.Checked checked = importer.check(file);
            WxrReport report = importer.importFile(file, checked, n -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long imported = report.total(WxrReport.Kind.POSTS);
            row("WXR import (" + checked.items() + " items, file " + Files.size(file) / (1024 * 1024) + " MB)",
                    String.format("%,d posts in %.1f s = %,.0f posts/s (target >= 2,000)", imported, seconds,
                            imported / seconds));
            // On a shared machine the wall-clock rate says more of the neighbours than of the import.
            row("  same, per second of the importing thread's CPU", String.format("%,.0f posts/s (%.1f s CPU)",
                    imported / cpu, cpu));
            row("  peak heap of the import", peakHeapMb() + " MB of " + maxHeap + " MB (-Xmx)");
            row("  comments, categories, tags, bylines", report.total(WxrReport.Kind.COMMENTS) + ", "
                    + report.total(WxrReport.Kind.CATEGORIES) + ", " + report.total(WxrReport.Kind.TAGS) + ", "
                    + report.total(WxrReport.Kind.AUTHORS));
        }
        Path capture = dir.resolve("capture-" + TEXT_POSTS + ".txt");
        writeCapture(capture, TEXT_POSTS);
        Path textData = fresh(dir.resolve("text-import"));
        try (Database database = Database.open(DatabaseConfig.sqlite(textData))) {
            TextArchiveImporter importer = new TextArchiveImporter(
                    new ContentService(Stores.over(database), Clock.systemUTC()), ZoneOffset.UTC);
            long start = System.nanoTime();
            int imported = importer.importFile(capture, null, outcome -> { }).imported().size();
            double seconds = (System.nanoTime() - start) / 1e9;
            row("text import (one post a transaction)", String.format("%,d posts in %.1f s = %,.0f posts/s",
                    imported, seconds, imported / seconds));
        }
    }

    /** One line per measure, measure and result split by a tab (bench/run puts them in its table). */
    private static void row(String measure, String result) {
        System.out.println(measure + "\t" + result);
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(folder);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static void writeWxr(Path file, int posts) throws IOException {
        Random random = new Random(posts);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                    + "<channel>\n<title>Bench</title>\n<link>https://bench.example.org</link>\n"
                    + "<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_site_url>https://bench.example.org</wp:base_site_url>\n"
                    + "<wp:base_blog_url>https://bench.example.org</wp:base_blog_url>\n");
            for (int a = 1; a <= 20; a++) {
                out.write("<wp:author><wp:author_id>" + a + "</wp:author_id><wp:author_login><![CDATA[author" + a
                        + "]]></wp:author_login><wp:author_display_name><![CDATA[Author Number " + a
                        + "]]></wp:author_display_name></wp:author>\n");
            }
            for (int c = 1; c <= 60; c++) {
                out.write("<wp:category><wp:term_id>" + c + "</wp:term_id><wp:category_nicename><![CDATA[category-" + c
                        + "]]></wp:category_nicename><wp:category_parent><![CDATA[" + (c > 10 ? "category-" + (c % 10 + 1) : "")
                        + "]]></wp:category_parent><wp:cat_name><![CDATA[Category " + c
                        + "]]></wp:cat_name><wp:category_description><![CDATA[About category " + c
                        + "]]></wp:category_description></wp:category>\n");
            }
            for (int t = 1; t <= 500; t++) {
                out.write("<wp:tag><wp:term_id>" + (1000 + t) + "</wp:term_id><wp:tag_slug><![CDATA[tag-" + t
                        + "]]></wp:tag_slug><wp:tag_name><![CDATA[Tag " + t + "]]></wp:tag_name></wp:tag>\n");
            }
            for (int p = 1; p <= posts; p++) {
                int id = 10_000 + p * 2;
                writePost(out, id, random);
                if (p % 10 == 0) {
                    writeAttachment(out, id + 1, id);
                }
            }
            out.write("</channel>\n</rss>\n");
        }
    }

    private static void writePost(Writer out, int id, Random random) throws IOException {
        String date = String.format("%d-%02d-%02d %02d:%02d:%02d", 2008 + random.nextInt(16), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 3 + random.nextInt(4); paragraph++) {
            body.append("<!-- wp:paragraph -->\n<p>Paragraph ").append(paragraph).append(" of post ").append(id)
                    .append(": residents near the border describe rising prices, new controls and <a href=\"https://news.example.com/")
                    .append(id).append("\">reports</a> from the markets.</p>\n<!-- /wp:paragraph -->\n\n");
        }
        out.write("<item>\n<title><![CDATA[Post " + id + " about the border]]></title>\n"
                + "<link>https://bench.example.org/" + date.substring(0, 4) + "/" + date.substring(5, 7) + "/post-" + id
                + "/</link>\n<pubDate>Mon, 01 Jan 2018 00:00:00 +0000</pubDate>\n"
                + "<dc:creator><![CDATA[author" + (1 + random.nextInt(20)) + "]]></dc:creator>\n"
                + "<guid isPermaLink=\"false\">https://bench.example.org/?p=" + id + "</guid>\n<description></description>\n"
                + "<content:encoded><![CDATA[" + body + "]]></content:encoded>\n"
                + "<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n<wp:post_id>" + id + "</wp:post_id>\n"
                + "<wp:post_date><![CDATA[" + date + "]]></wp:post_date>\n<wp:post_date_gmt><![CDATA[" + date
                + "]]></wp:post_date_gmt>\n<wp:comment_status><![CDATA[open]]></wp:comment_status>\n"
                + "<wp:post_name><![CDATA[post-" + id + "]]></wp:post_name>\n<wp:status><![CDATA[publish]]></wp:status>\n"
                + "<wp:post_parent>0</wp:post_parent>\n<wp:menu_order>0</wp:menu_order>\n"
                + "<wp:post_type><![CDATA[post]]></wp:post_type>\n<wp:is_sticky>0</wp:is_sticky>\n");
        int category = 1 + random.nextInt(60);
        out.write("<category domain=\"category\" nicename=\"category-" + category + "\"><![CDATA[Category " + category
                + "]]></category>\n");
        for (int t = 0; t < 1 + random.nextInt(4); t++) {
            int tag = 1 + random.nextInt(500);
            out.write("<category domain=\"post_tag\" nicename=\"tag-" + tag + "\"><![CDATA[Tag " + tag + "]]></category>\n");
        }
        out.write("<wp:postmeta>\n<wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>\n<wp:meta_value><![CDATA[1]]></wp:meta_value>\n</wp:postmeta>\n");
        for (int c = 0; c < random.nextInt(4); c++) {
            out.write("<wp:comment>\n<wp:comment_id>" + (id * 4L + c) + "</wp:comment_id>\n"
                    + "<wp:comment_author><![CDATA[Reader " + c + "]]></wp:comment_author>\n"
                    + "<wp:comment_author_email><![CDATA[reader" + c + "@example.org]]></wp:comment_author_email>\n"
                    + "<wp:comment_date><![CDATA[" + date + "]]></wp:comment_date>\n"
                    + "<wp:comment_date_gmt><![CDATA[" + date + "]]></wp:comment_date_gmt>\n"
                    + "<wp:comment_content><![CDATA[Thank you for this report, number " + c + ".]]></wp:comment_content>\n"
                    + "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>\n<wp:comment_type><![CDATA[]]></wp:comment_type>\n"
                    + "<wp:comment_parent>0</wp:comment_parent>\n</wp:comment>\n");
        }
        out.write("</item>\n");
    }

    private static void writeAttachment(Writer out, int id, int parent) throws IOException {
        out.write("<item>\n<title><![CDATA[photo-" + id + "]]></title>\n<link>https://bench.example.org/?attachment_id=" + id
                + "</link>\n<wp:post_id>" + id + "</wp:post_id>\n<wp:post_date><![CDATA[2018-01-01 00:00:00]]></wp:post_date>\n"
                + "<wp:post_name><![CDATA[photo-" + id + "]]></wp:post_name>\n<wp:status><![CDATA[inherit]]></wp:status>\n"
                + "<wp:post_parent>" + parent + "</wp:post_parent>\n<wp:post_type><![CDATA[attachment]]></wp:post_type>\n"
                + "<wp:attachment_url><![CDATA[https://bench.example.org/wp-content/uploads/2018/01/photo-" + id
                + ".jpg]]></wp:attachment_url>\n</item>\n");
    }

    private static void writeCapture(Path file, int posts) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Category: Bench\n\n");
            for (int p = 1; p <= posts; p++) {
                out.write("Text post " + p + " about the border\n\nPosted on March " + (1 + p % 28) + ", 2020 by Writer "
                        + (p % 7) + "\n\nResidents near the border describe rising prices in report " + p
                        + ".\n\nA second paragraph with more detail about the markets.\n\n[Outlet " + (p % 9) + "]\n\n");
            }
        }
    }
}
