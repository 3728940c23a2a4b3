package org.tidings.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import org.tidings.testing.ExifTool;
import org.tidings.testing.SampleImages;
import org.tidings.testing.TestStore;

/**
 * The library on a real database: what goes in loses every piece of metadata (checked with
 * exiftool), comes out in the widths promised, and anything that is not cleanly one image or PDF
 * is refused with a reason and leaves nothing stored.
 */
class MediaLibraryTest {
    /** Metadata groups that must never reach a served file, as exiftool -G1 names them. */
    private static final List<String> METADATA_GROUPS = List.of("GPS", "IFD0", "IFD1", "ExifIFD", "XMP", "IPTC",
            "Photoshop", "MakerNotes", "PDF", "File:Comment");
    @TempDir
    Path data;
    private Database database;
    private Stores stores;
    private MediaLibrary library;

    @BeforeEach
    void open() {
        database = TestStore.open(data);
        stores = Stores.over(database);
        library = new MediaLibrary(stores, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPhotoWithGpsLosesEveryPieceOfMetadataInEveryWidth() {
        byte[] photo = SampleImages.jpegWithGps(1200, 800);
        assertThat(ExifTool.tags(photo)).anyMatch(tag -> tag.startsWith("GPS:GPSLatitude"))
                .anyMatch(tag -> tag.contains("Kim Secret"));

        MediaItem item = library.add(photo, "IMG_0001.jpg", "Bakers at work", null);

        assertThat(item.files()).extracting(MediaFile::width).containsExactly(480, 960, 1200);
        assertThat(item.width()).isEqualTo(1200);
        assertThat(item.height()).isEqualTo(800);
        assertThat(item.url()).matches("/media/[0-9a-f]{32}-1200\\.jpg");
        for (MediaFile file : item.files()) {
            byte[] stored = stores.media().file(file.name()).orElseThrow().bytes();
            List<String> tags = ExifTool.tags(stored);
            assertThat(tags).as(file.name()).noneMatch(MediaLibraryTest::isMetadata)
                    .noneMatch(tag -> tag.contains("Kim Secret") || tag.contains("safe house"));
            BufferedImage image = SampleImages.decode(stored);
            assertThat(image.getWidth()).isEqualTo(file.width());
            assertThat(image.getHeight()).isEqualTo(file.width() * 2 / 3);
        }
    }

    @Test
    void addingTheSameFileOrImportKeyAgainGivesBackTheSameItem() {
        byte[] photo = SampleImages.jpeg(600, 400);
        MediaItem first = library.add(photo, "a.jpg", "First", "wxr:site:1");
        assertThat(library.add(photo, "b.jpg", "Again", null).id()).isEqualTo(first.id());
        assertThat(library.add(SampleImages.png(10, 10), "c.png", "Other bytes", "wxr:site:1").id())
                .isEqualTo(first.id());
        // The same picture with other metadata re-encodes to the same files: still one item.
        assertThat(library.add(ExifTool.write(photo, "-Artist=Someone"), "d.jpg", "Tagged", null).id())
                .isEqualTo(first.id());
        assertThat(library.count()).isEqualTo(1);
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUprightBeforeItsExifGoes() {
        byte[] sideways = ExifTool.write(SampleImages.jpeg(400, 200), "-Orientation#=6");
        MediaItem item = library.add(sideways, "sideways.jpg", "Upright", null);
        assertThat(item.width()).isEqualTo(200);
        assertThat(item.height()).isEqualTo(400);
        BufferedImage upright = SampleImages.decode(stores.media().file(item.largest().name()).orElseThrow().bytes());
        // Turned 90° clockwise, the red left quarter is now the top quarter.
        assertThat(isRed(upright.getRGB(100, 10))).isTrue();
        assertThat(isRed(upright.getRGB(100, 390))).isFalse();
    }

    @Test
    void smallImagesAreNeverMadeWiderAndPngsAndGifsBecomePngs() {
        MediaItem png = library.add(SampleImages.png(300, 150), "small.png", "Small", null);
        assertThat(png.files()).extracting(MediaFile::width).containsExactly(300);
        assertThat(png.url()).endsWith("-300.png");
        MediaItem gif = library.add(SampleImages.gif(500, 100), "still.gif", "Still", null);
        assertThat(gif.files()).extracting(MediaFile::width).containsExactly(480, 500);
        assertThat(gif.largest().contentType()).isEqualTo("image/png");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = SampleImages.pngHeaderClaiming(50_000, 50_000);
        assertThat(bomb.length).isLessThan(100);
        assertThatThrownBy(() -> library.add(bomb, "bomb.png", "Bomb", null))
                .isInstanceOf(MediaRefused.class).hasMessageContaining("50000 × 50000").hasMessageContaining("megapixels");
        assertThat(library.count()).isZero();
    }

    @Test
    void polyglotsAreRefused() {
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(SampleImages.concat(SampleImages.jpeg(50, 50), html), "goes on after the end");
        // GIFAR: a GIF with a Java archive after it.
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'M', 'E', 'T', 'A', '-', 'I', 'N', 'F'};
        assertRefused(SampleImages.concat(SampleImages.gif(50, 50), zip), "goes on after the end");
        // HTML inside the image, in a JPEG comment, where the image still decodes.
        assertRefused(ExifTool.write(SampleImages.jpeg(50, 50), "-Comment=<script>alert(1)</script>"), "HTML or script");
        // A PDF that is also a web page.
        assertRefused(SampleImages.concat("%PDF-1.4\n<html><script>alert(1)</script>\n".getBytes(StandardCharsets.US_ASCII),
                pdf(false)), "HTML or script");
        assertThat(library.count()).isZero();
    }

    @Test
    void fileTypeComesFromTheBytesNotTheName() {
        assertRefused("<!DOCTYPE html><html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8),
                "not a JPEG, PNG, GIF or PDF");
        MediaItem named = library.add(SampleImages.png(40, 40), "actually-a-png.jpg", "Named wrong", null);
        assertThat(named.largest().contentType()).isEqualTo("image/png");
        assertThat(named.url()).endsWith(".png");
        byte[] truncated = SampleImages.jpeg(300, 300);
        truncated = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        assertRefused(truncated, "goes on after the end");
    }

    @Test
    void svgWebpAnimatedGifsAndHugeFilesAreRefusedWithAReason() {
        assertRefused("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes(StandardCharsets.UTF_8),
                "SVG");
        byte[] webp = SampleImages.concat("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), new byte[32]);
        assertRefused(webp, "WebP");
        assertRefused(animatedGif(), "Animated GIF");
        assertRefused(new byte[MediaLibrary.MAX_BYTES + 1], "20 MB");
        assertRefused(new byte[0], "empty");
        assertThat(library.count()).isZero();
    }

    @Test
    void aPdfLosesItsDocumentInfoAndXmp() throws IOException {
        byte[] original = pdf(true);
        assertThat(ExifTool.tags(original)).anyMatch(tag -> tag.contains("Kim Secret"));
        MediaItem item = library.add(original, "report.pdf", "Annual report", null);
        assertThat(item.kind()).isEqualTo(MediaKind.PDF);
        assertThat(item.url()).matches("/media/[0-9a-f]{32}\\.pdf");
        byte[] stored = stores.media().file(item.largest().name()).orElseThrow().bytes();
        assertThat(ExifTool.tags(stored)).noneMatch(tag -> tag.contains("Kim Secret") || tag.contains("Secret Tool")
                || tag.startsWith("XMP"));
        try (PDDocument cleaned = org.apache.pdfbox.Loader.loadPDF(stored)) {
            assertThat(cleaned.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void altTextChangesAndDeletingFreesTheFiles() {
        MediaItem item = library.add(SampleImages.jpeg(500, 300), "x.jpg", "Before", null);
        library.updateAlt(item.id(), "  After  ");
        assertThat(library.byId(item.id()).alt()).isEqualTo("After");
        library.delete(item.id());
        assertThat(library.find(item.id())).isEmpty();
        assertThat(stores.media().file(item.largest().name())).isEmpty();
    }

    private void assertRefused(byte[] bytes, String reason) {
        assertThatThrownBy(() -> library.add(bytes, "upload.jpg", "Alt", null))
                .isInstanceOf(MediaRefused.class).hasMessageContaining(reason);
    }

    private static boolean isMetadata(String tag) {
        return METADATA_GROUPS.stream().anyMatch(group -> tag.startsWith(group + ":") || tag.startsWith(group + "-")
                || tag.startsWith(group));
    }

    private static boolean isRed(int rgb) {
        int red = (rgb >> 16) & 0xFF;
        int blue = rgb & 0xFF;
        return red > 200 && blue < 60;
    }

    private static byte[] pdf(boolean withMetadata) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (withMetadata) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setAuthor("Kim Secret");
                info.setCreator("Secret Tool 1.0");
                info.setCreationDate(Calendar.getInstance());
                document.setDocumentInformation(info);
                PDMetadata xmp = new PDMetadata(document);
                xmp.importXMPMetadata(("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>Kim Secret</rdf:li>"
                        + "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                        .getBytes(StandardCharsets.UTF_8));
                document.getDocumentCatalog().setMetadata(xmp);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A GIF of two frames, written with ImageIO's sequence support. */
    private static byte[] animatedGif() {
        try {
            javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("gif").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.prepareWriteSequence(null);
                for (int i = 0; i < 2; i++) {
                    BufferedImage frame = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_INDEXED);
                    writer.writeToSequence(new javax.imageio.IIOImage(frame, null, null), null);
                }
                writer.endWriteSequence();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
