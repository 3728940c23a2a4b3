package org.tidings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves pages for the Nu HTML Checker, which {@code mvn verify} runs over
 * {@code target/html-check} after the tests: a page saved here with an HTML error fails the build.
 */
public final class HtmlCheck {
    private static final Path FOLDER = Path.of("target", "html-check");

    private HtmlCheck() {
    }

    /** Saves {@code html} as {@code name}.html (name: letters, digits, hyphens). */
    public static void save(String name, String html) {
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(FOLDER.resolve(name.replaceAll("[^A-Za-z0-9-]", "-") + ".html"), html,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
