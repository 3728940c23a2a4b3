package org.tidings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's exiftool (package {@code libimage-exiftool-perl}), the reference reader of image and
 * PDF metadata: writes metadata into test files and lists what a file carries.
 */
public final class ExifTool {
    private ExifTool() {
    }

    /** Every tag of {@code bytes} as "Group:Tag=value", groups as exiftool names them (-G1: IFD0, GPS, XMP-dc...). */
    public static List<String> tags(byte[] bytes) {
        Path file = temp(bytes);
        try {
            List<String> tags = new ArrayList<>();
            for (String line : run("-a", "-G1", "-s", "-q", "-q", file.toString()).split("\n")) {
                // "[GPS]           GPSLatitude                     : 39 deg 1' 48.00\" N"
                if (line.startsWith("[")) {
                    String group = line.substring(1, line.indexOf(']'));
                    String rest = line.substring(line.indexOf(']') + 1).strip();
                    int colon = rest.indexOf(':');
                    tags.add(group + ":" + rest.substring(0, colon).strip() + "=" + rest.substring(colon + 1).strip());
                }
            }
            return tags;
        } finally {
            delete(file);
        }
    }

    /** {@code bytes} with the tags set that {@code assignments} give, such as "-GPSLatitude=39.03". */
    public static byte[] write(byte[] bytes, String... assignments) {
        Path file = temp(bytes);
        try {
            List<String> args = new ArrayList<>(List.of("-overwrite_original", "-q", "-q"));
            args.addAll(List.of(assignments));
            args.add(file.toString());
            run(args.toArray(String[]::new));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    private static String run(String... args) {
        List<String> command = new ArrayList<>(List.of("exiftool"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new AssertionError("exiftool " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("exiftool is needed for this test: apt-get install libimage-exiftool-perl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temp(byte[] bytes) {
        try {
            Path file = Files.createTempFile("exiftool-", suffix(bytes));
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name ending exiftool expects for the type: it will not write to a file it takes for something else. */
    private static String suffix(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(8, bytes.length), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return ".pdf";
        }
        if (head.startsWith("\u0089PNG")) {
            return ".png";
        }
        if (head.startsWith("GIF")) {
            return ".gif";
        }
        return ".jpg";
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
