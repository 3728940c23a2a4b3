package org.tidings.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.content.Page;
import org.tidings.media.MediaLibrary;
import org.tidings.store.ImportedItem;
import org.tidings.testing.TestDatabase;
import org.tidings.transfer.wordpress.WxrReport.Kind;
import org.tidings.transfer.wordpress.WxrReport.Outcome;

/** Whole imports of the shared WXR files against EXPECTATIONS.md ("Full import"), on the test run's store. */
class WxrImportTest {

    @BeforeAll
    static void corpusIsThere() {
        Assumptions.assumeTrue(Files.isDirectory(WxrFile.CORPUS), "../shared/corpora/wordpress-wxr is not beside the project");
    }

    static WxrReport importCorpus(TestDatabase db, String name) {
        WxrImporter importer = new WxrImporter(db.content(), ZoneOffset.UTC);
        return importer.importFile(WxrFile.corpus(name), importer.check(WxrFile.corpus(name)), n -> { });
    }

    static long count(TestDatabase db, String sql) {
        return db.stores().database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static String text(TestDatabase db, String sql) {
        return db.stores().database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void smallExportArrivesWholeAndASecondRunAddsNothing() {
        try (TestDatabase db = TestDatabase.create()) {
            WxrReport report = importCorpus(db, "wordpress-importer/small-export.xml");
            assertSmallExport(db);
            assertThat(report.total(Kind.AUTHORS)).isEqualTo(3);
            assertThat(report.count(Kind.POSTS, Outcome.CREATED)).isEqualTo(6);
            assertThat(report.count(Kind.PAGES, Outcome.CREATED)).isEqualTo(5);
            assertThat(report.changed()).containsKey("private posts imported as drafts (not public)");

            WxrReport again = importCorpus(db, "wordpress-importer/small-export.xml");
            assertSmallExport(db);
            assertThat(again.count(Kind.POSTS, Outcome.UNCHANGED)).isEqualTo(6);
            assertThat(again.count(Kind.POSTS, Outcome.CREATED) + again.count(Kind.POSTS, Outcome.UPDATED)).isZero();
            assertThat(again.count(Kind.PAGES, Outcome.UNCHANGED)).isEqualTo(5);
        }
    }

    private static void assertSmallExport(TestDatabase db) {
        assertThat(count(db, "SELECT COUNT(*) FROM authors")).isEqualTo(3);
        assertThat(count(db, "SELECT COUNT(*) FROM categories")).isEqualTo(30);
        assertThat(count(db, "SELECT COUNT(*) FROM tags")).isEqualTo(3);
        assertThat(count(db, "SELECT COUNT(*) FROM categories WHERE slug = 'foo' AND parent_id IS NULL")).isEqualTo(1);
        assertThat(text(db, "SELECT p.slug FROM categories c JOIN categories p ON p.id = c.parent_id WHERE c.slug = 'foo-bar'"))
                .isEqualTo("bar");
        assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE status = 'published'")).isEqualTo(5);
        assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE status = 'draft'")).isEqualTo(1);
        assertThat(db.stores().pages().all()).extracting(Page::published).containsExactlyInAnyOrder(true, true, true, true, false);
        assertThat(count(db, "SELECT COUNT(*) FROM comments")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM imported_items WHERE kind IN ('post', 'page')")).isEqualTo(11);
        assertThat(text(db, "SELECT title FROM posts WHERE slug = 'many-categories'")).isEqualTo("Many Categories");
        assertThat(count(db, "SELECT COUNT(*) FROM post_categories pc JOIN posts p ON p.id = pc.post_id"
                + " WHERE p.slug = 'many-categories'")).isEqualTo(27);
        assertThat(text(db, "SELECT a.name FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.slug = 'many-categories'"))
                .isEqualTo("admin");
        ImportedItem first = db.stores().imports().find("http://localhost", "post", "1").orElseThrow();
        assertThat(first.oldPath()).isEqualTo("/?p=1");
        assertThat(db.stores().imports().find("http://localhost", "page", "2").orElseThrow().oldPath())
                .isEqualTo("/?page_id=2");
        assertThat(db.stores().imports().find("http://localhost", "category", "3").orElseThrow().oldPath())
                .isEqualTo("/category/foo/");
        assertThat(db.stores().imports().find("http://localhost", "author", "2").orElseThrow().targetId())
                .isNotNull();
    }

    @Test
    void backslashesAreNeverStripped() {
        try (TestDatabase db = TestDatabase.create()) {
            importCorpus(db, "wordpress-importer/slashes.xml");
            assertThat(text(db, "SELECT name FROM categories WHERE slug = 'alpha'")).isEqualTo("a \\\"great\\\" category");
            assertThat(text(db, "SELECT name FROM tags WHERE slug = 'tag1'")).isEqualTo("foo\\'bar");
            assertThat(text(db, "SELECT body_html FROM posts")).contains("Slashes aren\\&#39;t \\&#34;cool\\&#34;");
            assertThat(text(db, "SELECT body_html FROM comments")).contains("\\o/ ¯\\_(ツ)_/¯");
        }
    }

    @Test
    void unicodeTitlesComeThroughExactly() {
        try (TestDatabase db = TestDatabase.create()) {
            importCorpus(db, "wordpress-importer/wxr-utf-8-challenges.xml");
            String title = WxrFile.read("wordpress-importer/wxr-utf-8-challenges.xml").items().getFirst().title();
            assertThat(text(db, "SELECT title FROM posts")).isEqualTo(title.strip());
        }
    }

    @Test
    void anAttachmentIsRecordedWithItsOldAddressWhileTheMediaLibraryIsMissing() {
        try (TestDatabase db = TestDatabase.create()) {
            WxrReport report = importCorpus(db, "wordpress-importer/wxr-flat-attachment-same-site.xml");
            assertThat(count(db, "SELECT COUNT(*) FROM posts")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM imported_items WHERE kind = 'attachment'")).isEqualTo(1);
            assertThat(report.skipped()).containsKey("attachments not imported: give --media-from DIR|ZIP or --download-media");
        }
    }

    @Test
    void attachmentsFromAnUploadsFolderGoToTheMediaLibraryAndPostsShowThemFromThere(@TempDir Path uploads)
            throws Exception {
        Path photo = Files.createDirectories(uploads.resolve("wp-content/uploads/2008/06")).resolve("canola2.jpg");
        ImageIO.write(new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        importsTheAttachmentFrom(uploads);
    }

    @Test
    void attachmentsFromAZipOfTheUploadsGoToTheMediaLibraryToo(@TempDir Path folder) throws Exception {
        Path zip = folder.resolve("uploads.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("uploads/2008/06/canola2.jpg"));
            ImageIO.write(new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB), "jpg", out);
            out.closeEntry();
        }
        importsTheAttachmentFrom(zip);
    }

    /** The flat-attachment file with its one photo in {@code source}: into the library once, however often imported. */
    private static void importsTheAttachmentFrom(Path source) throws Exception {
        String name = "wordpress-importer/wxr-flat-attachment-same-site.xml";
        try (TestDatabase db = TestDatabase.create(); Uploads uploads = Uploads.from(source)) {
            WxrImporter importer = new WxrImporter(db.content(), ZoneOffset.UTC,
                    new MediaLibrary(db.stores(), db.clock()), uploads);
            WxrReport report = importer.importFile(WxrFile.corpus(name), importer.check(WxrFile.corpus(name)), n -> { });
            assertThat(report.count(Kind.ATTACHMENTS, Outcome.CREATED)).isEqualTo(1);
            assertThat(report.total(Kind.POSTS)).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM media")).isEqualTo(1);
            String body = text(db, "SELECT body_html FROM posts");
            assertThat(body).contains("src=\"/media/").doesNotContain("files.wordpress.com");
            assertThat(db.stores().imports().find("https://wpthemetestdata.files.wordpress.com", "file", "611")
                    .orElseThrow().oldPath()).isEqualTo("/2008/06/canola2.jpg");

            WxrReport again = importer.importFile(WxrFile.corpus(name), importer.check(WxrFile.corpus(name)), n -> { });
            assertThat(again.count(Kind.ATTACHMENTS, Outcome.UNCHANGED)).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM media")).isEqualTo(1);
        }
    }

    @Test
    void everyValidFileImportsAndEveryItemIsAccountedFor() {
        for (String name : List.of("theme-test-data/themeunittestdata.wordpress.xml",
                "theme-test-data/64-block-test-data.xml", "wordpress-importer/a11y-unit-test-data.xml",
                "wordpress-importer/valid-wxr-1.1.xml", "wordpress-importer/wxr-with-sub-data.xml",
                "wordpress-importer/test-serialized-postmeta-with-cdata.xml", "wordpress-importer/missing-tags.xml",
                "wordpress-importer/large-authors.xml", "wordpress-importer/crazy-cdata-escaped.xml")) {
            try (TestDatabase db = TestDatabase.create()) {
                WxrReport report = importCorpus(db, name);
                long items = WxrFile.read(name).items().size();
                long skipped = report.skipped().entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("terms of taxonomy") && !e.getKey().startsWith("author"))
                        .mapToLong(e -> e.getValue().count()).sum();
                assertThat(report.total(Kind.POSTS) + report.total(Kind.PAGES) + skipped).as(name).isEqualTo(items);
                assertThat(count(db, "SELECT COUNT(*) FROM posts")).as(name).isEqualTo(report.total(Kind.POSTS));
            }
        }
    }

    @Test
    void aFileThatIsNotWxrOrNotWellFormedImportsNothing() {
        for (String name : List.of("missing-version-tag.xml", "invalid-version-tag.xml", "malformed.xml",
                "malformed-simple.xml", "crazy-cdata.xml")) {
            try (TestDatabase db = TestDatabase.create()) {
                assertThatThrownBy(() -> importCorpus(db, "wordpress-importer/" + name)).as(name)
                        .isInstanceOf(NotImportable.class);
                assertThat(count(db, "SELECT COUNT(*) FROM posts") + count(db, "SELECT COUNT(*) FROM categories")
                        + count(db, "SELECT COUNT(*) FROM authors") + count(db, "SELECT COUNT(*) FROM imported_items"))
                        .as(name).isZero();
            }
        }
    }
}
