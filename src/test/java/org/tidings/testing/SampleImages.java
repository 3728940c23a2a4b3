package org.tidings.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made in the test itself: photos with stripes (so a turn shows), and crafted files. */
public final class SampleImages {
    private SampleImages() {
    }

    /** A {@code width} × {@code height} picture: red on the left quarter, blue elsewhere. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height), "gif");
    }

    /** A JPEG as a phone makes it: with GPS position, camera, owner, XMP and IPTC bylines. */
    public static byte[] jpegWithGps(int width, int height) {
        return ExifTool.write(jpeg(width, height), "-GPSLatitude=39.0392", "-GPSLatitudeRef=N",
                "-GPSLongitude=125.7625", "-GPSLongitudeRef=E", "-Make=PhoneMaker", "-Model=Phone 9",
                "-Artist=Kim Secret", "-XMP-dc:Creator=Kim Secret", "-IPTC:By-line=Kim Secret",
                "-Comment=taken at the safe house");
    }

    /**
     * A PNG whose header says {@code width} × {@code height} pixels with almost no data after it:
     * a decompression bomb's header, which must be refused before anything is decoded.
     */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** {@code first} then {@code second}: two files in one, as polyglots are made. */
    public static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Decodes an image, to check what was served. */
    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
