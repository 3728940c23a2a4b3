package org.tidings.media;

import org.tidings.i18n.Messages;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes an uploaded image and encodes it again from its pixels alone, in a few widths: what is
 * written holds no EXIF, GPS, XMP, IPTC, comments or embedded thumbnails, because none of it is
 * copied. JPEGs stay JPEGs (turned upright first, as their EXIF orientation says); PNGs and the
 * first frame of a still GIF become PNGs. The pixel count is read from the header before any
 * decoding, so a decompression bomb is refused before it takes memory.
 */
final class ImageRecoder {
    /** Widths served for {@code srcset}; an image is never made wider than it was. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    /** The widest file kept: wider uploads are scaled down to this. */
    static final int MAX_WIDTH = 2400;
    static final long MAX_PIXELS = 40_000_000L;
    private static final float JPEG_QUALITY = 0.85f;
    private static final Semaphore DECODING = new Semaphore(2);

    /** One encoded width of the image. */
    record Encoded(byte[] bytes, String contentType, String extension, int width, int height) {
    }

    private ImageRecoder() {
    }

    /** The image in each served width, narrowest first; refused when it cannot be read cleanly. */
    static List<Encoded> recode(byte[] upload, UploadType type) {
        // A 40-megapixel image takes 160 MB decoded: two at a time at most, whatever the number of uploads.
        DECODING.acquireUninterruptibly();
        try {
            return recodeNow(upload, type);
        } finally {
            DECODING.release();
        }
    }

    private static List<Encoded> recodeNow(byte[] upload, UploadType type) {
        BufferedImage image = decode(upload, type);
        boolean jpeg = type == UploadType.JPEG;
        image = normalized(image, jpeg);
        if (jpeg) {
            image = ExifOrientation.apply(image, ExifOrientation.of(upload));
        }
        List<Encoded> encoded = new ArrayList<>();
        // Widest first, each made from the one before: every pass works on fewer pixels.
        BufferedImage current = image;
        for (int width : widths(image.getWidth()).reversed()) {
            int height = (int) Math.max(1, Math.round((double) image.getHeight() * width / image.getWidth()));
            current = scaled(current, width, height);
            encoded.addFirst(new Encoded(jpeg ? jpeg(current) : png(current), jpeg ? "image/jpeg" : "image/png",
                    jpeg ? "jpg" : "png", current.getWidth(), current.getHeight()));
        }
        return encoded;
    }

    /** The served widths of an image {@code width} pixels wide: the standard ones below it, and its own (capped). */
    static List<Integer> widths(int width) {
        int widest = Math.min(width, MAX_WIDTH);
        TreeSet<Integer> widths = new TreeSet<>();
        WIDTHS.stream().filter(w -> w < widest).forEach(widths::add);
        widths.add(widest);
        return List.copyOf(widths);
    }

    private static BufferedImage decode(byte[] upload, UploadType type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.name().toLowerCase());
            if (!readers.hasNext()) {
                throw new MediaRefused(Messages.t("words.media.typeUnread", type));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new MediaRefused(Messages.t("words.media.tooManyPixels", reader.getWidth(0), reader.getHeight(0), MAX_PIXELS / 1_000_000));
                }
                if (pixels == 0) {
                    throw new MediaRefused(Messages.t("words.media.noPixels"));
                }
                if (type == UploadType.GIF && reader.getNumImages(true) > 1) {
                    throw new MediaRefused(Messages.t("words.media.animated"));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRefused refused) {
                throw refused;
            }
            throw new MediaRefused(Messages.t("words.media.unreadable", type, e.getMessage()), e);
        }
    }

    /** The pixels on a plain RGB (JPEG) or ARGB (PNG) canvas, whatever colour model the file used. */
    private static BufferedImage normalized(BufferedImage image, boolean opaque) {
        int wanted = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        return image.getType() == wanted ? image : draw(image, image.getWidth(), image.getHeight(), opaque);
    }

    /** {@code image} at {@code width} × {@code height}, halved step by step first so that fine detail does not alias. */
    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        boolean opaque = image.getType() == BufferedImage.TYPE_INT_RGB;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), opaque);
        }
        return current.getWidth() == width ? current : draw(current, width, height, opaque);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean opaque) {
        BufferedImage out = new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            if (opaque) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            // No metadata is passed, so the writer adds only its own minimal JFIF header.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new MediaRefused(Messages.t("words.media.encode", e.getMessage()), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new MediaRefused(Messages.t("words.media.encode", e.getMessage()), e);
        }
        return bytes.toByteArray();
    }
}
