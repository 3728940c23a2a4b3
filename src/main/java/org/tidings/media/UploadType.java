package org.tidings.media;

import org.tidings.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an upload is, told from its bytes alone (never its name), with the checks that refuse
 * files which are also something else: HTML or script anywhere inside, or data after the end
 * of the image or document (GIFAR and other polyglots), which a browser or plug-in could read
 * as another type.
 */
enum UploadType {
    JPEG, PNG, GIF, PDF;

    private static final Pattern MARKUP = Pattern.compile(
            "<(?:script|html[\\s>]|body[\\s>]|iframe|object[\\s>]|embed[\\s>]|svg[\\s>]|!doctype|\\?php)"
                    + "|javascript:",
            Pattern.CASE_INSENSITIVE);
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    /** The type of {@code bytes}; refused, with the reason, when it is none we take or not cleanly one. */
    static UploadType of(byte[] bytes) {
        UploadType type = sniff(bytes);
        type.checkEnd(bytes);
        if (MARKUP.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
            throw new MediaRefused(Messages.t("words.media.markup"));
        }
        return type;
    }

    private static UploadType sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return GIF;
        }
        if (startsWith(bytes, 0, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            throw new MediaRefused(Messages.t("words.media.webp"));
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<svg")) {
            throw new MediaRefused(Messages.t("words.media.svg"));
        }
        throw new MediaRefused(Messages.t("words.media.unknownType"));
    }

    /** Refuses data after the image's or document's own end: the tail of a polyglot. */
    private void checkEnd(byte[] bytes) {
        boolean clean = switch (this) {
            case JPEG -> endsWithOnlyPadding(bytes, lastIndexOf(bytes, new byte[] {(byte) 0xFF, (byte) 0xD9}) + 2);
            case PNG -> bytes.length >= PNG_END.length
                    && Arrays.equals(bytes, bytes.length - PNG_END.length, bytes.length, PNG_END, 0, PNG_END.length);
            case GIF -> endsWithOnlyPadding(bytes, lastIndexOf(bytes, new byte[] {0x3B}) + 1);
            case PDF -> endsWithOnlyPadding(bytes, lastIndexOf(bytes, "%%EOF".getBytes(StandardCharsets.US_ASCII)) + 5);
        };
        if (!clean) {
            throw new MediaRefused(Messages.t("words.media.trailing", this));
        }
    }

    /** Whether only zero bytes, line ends or spaces follow {@code end} (0 or less: the end marker is missing). */
    private static boolean endsWithOnlyPadding(byte[] bytes, int end) {
        if (end <= 0) {
            return false;
        }
        for (int i = end; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != 0 && b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int lastIndexOf(byte[] bytes, byte[] marker) {
        outer:
        for (int i = bytes.length - marker.length; i >= 0; i--) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != (expected[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
