package org.tidings.transfer.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A made-up WordPress export for tests: authors, nested categories (children listed before their
 * parents), tags, posts of every status with comments and old slugs, equal titles, and pages whose
 * children come first. The same size always gives the same file.
 */
final class SyntheticWxr {
    private SyntheticWxr() {
    }

    static Path write(Path file, int posts) {
        Random random = new Random(posts);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                      xmlns:content="http://purl.org/rss/1.0/modules/content/"
                      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><title>Synthetic</title><link>http://old.example.org</link>
                    <wp:wxr_version>1.2</wp:wxr_version>
                    <wp:base_site_url>http://old.example.org</wp:base_site_url>
                    <wp:base_blog_url>http://old.example.org</wp:base_blog_url>
                    """);
            for (int a = 1; a <= 3; a++) {
                out.write("<wp:author><wp:author_id>" + a + "</wp:author_id><wp:author_login>writer" + a
                        + "</wp:author_login><wp:author_display_name><![CDATA[Writer " + a
                        + "]]></wp:author_display_name></wp:author>\n");
            }
            for (int c = 10; c >= 1; c--) {
                String parent = c > 5 ? "section-" + (c - 5) : "";
                out.write("<wp:category><wp:term_id>" + (100 + c) + "</wp:term_id><wp:category_nicename>section-" + c
                        + "</wp:category_nicename><wp:category_parent>" + parent + "</wp:category_parent><wp:cat_name>"
                        + "<![CDATA[Section " + c + "]]></wp:cat_name><wp:category_description>About section " + c
                        + "</wp:category_description></wp:category>\n");
            }
            for (int t = 1; t <= 20; t++) {
                out.write("<wp:tag><wp:term_id>" + (200 + t) + "</wp:term_id><wp:tag_slug>topic-" + t
                        + "</wp:tag_slug><wp:tag_name><![CDATA[Topic " + t + "]]></wp:tag_name></wp:tag>\n");
            }
            out.write(page(2, 1, "Child page"));
            out.write(page(1, 0, "About"));
            String[] statuses = {"publish", "publish", "publish", "publish", "draft", "pending", "private", "future"};
            for (int p = 1; p <= posts; p++) {
                out.write(post(1000 + p, statuses[random.nextInt(statuses.length)], random));
            }
            out.write("</channel></rss>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String page(int id, int parent, String title) {
        return "<item><title>" + title + "</title><link>http://old.example.org/?page_id=" + id + "</link>"
                + "<dc:creator>writer1</dc:creator><content:encoded><![CDATA[<p>" + title
                + "</p>]]></content:encoded><wp:post_id>" + id + "</wp:post_id>"
                + "<wp:post_date>2020-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-01 10:00:00</wp:post_date_gmt>"
                + "<wp:post_name>" + title.toLowerCase().replace(' ', '-') + "</wp:post_name><wp:status>publish</wp:status>"
                + "<wp:post_parent>" + parent + "</wp:post_parent><wp:menu_order>" + id + "</wp:menu_order>"
                + "<wp:post_type>page</wp:post_type></item>\n";
    }

    private static String post(int id, String status, Random random) {
        int year = 2010 + random.nextInt(10);
        String date = String.format("%d-%02d-%02d %02d:%02d:00", year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60));
        String title = "Border report " + (id % 97);
        String slug = "border-report-" + id;
        StringBuilder item = new StringBuilder("<item><title>").append(title).append("</title>")
                .append("<link>http://old.example.org/").append(year).append("/").append(slug).append("/</link>")
                .append("<dc:creator>writer").append(1 + random.nextInt(3)).append("</dc:creator>")
                .append("<content:encoded><![CDATA[First paragraph of ").append(id)
                .append(".\n\nSecond <em>paragraph</em> & more.]]></content:encoded>")
                .append("<excerpt:encoded><![CDATA[Excerpt ").append(id).append("]]></excerpt:encoded>")
                .append("<wp:post_id>").append(id).append("</wp:post_id>")
                .append("<wp:post_date>").append(date).append("</wp:post_date>")
                .append("<wp:post_date_gmt>").append(status.equals("draft") ? "0000-00-00 00:00:00" : date)
                .append("</wp:post_date_gmt><wp:post_name>").append(slug).append("</wp:post_name>")
                .append("<wp:status>").append(status).append("</wp:status><wp:post_parent>0</wp:post_parent>")
                .append("<wp:post_type>post</wp:post_type><wp:is_sticky>").append(id % 50 == 0 ? 1 : 0)
                .append("</wp:is_sticky>");
        int section = 1 + random.nextInt(10);
        item.append("<category domain=\"category\" nicename=\"section-").append(section).append("\"><![CDATA[Section ")
                .append(section).append("]]></category>");
        for (int t = 0; t < 3; t++) {
            int topic = 1 + random.nextInt(20);
            item.append("<category domain=\"post_tag\" nicename=\"topic-").append(topic).append("\"><![CDATA[Topic ")
                    .append(topic).append("]]></category>");
        }
        if (id % 10 == 0) {
            item.append("<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value>old-report-").append(id)
                    .append("</wp:meta_value></wp:postmeta>");
        }
        for (int c = 0; c < random.nextInt(3); c++) {
            int commentId = id * 10 + c;
            item.append("<wp:comment><wp:comment_id>").append(commentId).append("</wp:comment_id>")
                    .append("<wp:comment_author><![CDATA[Reader ").append(c).append("]]></wp:comment_author>")
                    .append("<wp:comment_date_gmt>").append(date).append("</wp:comment_date_gmt>")
                    .append("<wp:comment_content><![CDATA[Comment ").append(commentId).append("]]></wp:comment_content>")
                    .append("<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>")
                    .append(c == 0 ? 0 : id * 10).append("</wp:comment_parent></wp:comment>");
        }
        return item.append("</item>\n").toString();
    }
}
