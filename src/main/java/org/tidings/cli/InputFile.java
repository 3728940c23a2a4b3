package org.tidings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.tidings.i18n.Messages;

/**
 * Checks a path given where a command reads one file (import, media add, extract): a folder or a
 * missing file gets a message that says which, naming a file in the folder as an example.
 */
final class InputFile {
    private InputFile() {
    }

    /** Why {@code file} cannot be read as a file, or empty when it can. */
    static Optional<String> problem(Path file) {
        if (Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(file)) {
            return Optional.of(Messages.t("cli.file.missing", file.toString()));
        }
        return Optional.of(firstFileIn(file)
                .map(example -> Messages.t("cli.file.folderExample", file.toString(), example.toString()))
                .orElseGet(() -> Messages.t("cli.file.folder", file.toString())));
    }

    private static Optional<Path> firstFileIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
