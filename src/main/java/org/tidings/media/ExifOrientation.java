package org.tidings.media;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The EXIF orientation of a JPEG (how the camera was held), read before the metadata is dropped
 * and applied to the pixels, so a photo taken upright stays upright without its EXIF.
 */
final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation (1 to 8) in the EXIF segment of JPEG {@code bytes}; 1 (as stored) when none or unreadable. */
    static int of(byte[] bytes) {
        try {
            int at = 2;
            while (at + 4 <= bytes.length && (bytes[at] & 0xFF) == 0xFF) {
                int marker = bytes[at + 1] & 0xFF;
                int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                if (marker == 0xE1 && length > 8 && new String(bytes, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .equals("Exif\0\0")) {
                    return fromTiff(ByteBuffer.wrap(bytes, at + 10, length - 8).slice());
                }
                at += 2 + length;
            }
        } catch (RuntimeException e) {
            // A damaged EXIF segment only means we do not know how the camera was held.
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** {@code image} turned and mirrored as orientation {@code orientation} says it should be shown. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { return image; }
        }
        boolean swaps = orientation >= 5;
        BufferedImage out = new BufferedImage(swaps ? h : w, swaps ? w : h, image.getType() == 0
                ? BufferedImage.TYPE_INT_RGB : image.getType());
        return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
    }
}
