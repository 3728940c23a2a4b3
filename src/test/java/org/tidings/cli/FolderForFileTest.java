package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.testing.CommandRun;

/** A folder given where a command reads one file is refused with a message naming a file in it. */
class FolderForFileTest {
    @TempDir
    Path data;
    @TempDir
    Path export;

    @Test
    void everyCommandThatReadsAFileSaysItWasGivenAFolder() throws IOException {
        Files.writeString(export.resolve("site.xml"), "<rss/>");
        String folder = export.toString();
        String example = export.resolve("site.xml").toString();
        CommandRun wxr = CommandRun.of("", "import", "wxr", folder, "--data", data.toString());
        CommandRun text = CommandRun.of("", "import", "text", folder, "--data", data.toString());
        CommandRun media = CommandRun.of("", "media", "add", folder, "--alt", "x", "--data", data.toString());
        CommandRun extract = CommandRun.of("", "extract", folder);
        CommandRun opml = CommandRun.of("", "source", "import-opml", folder, "--data", data.toString());
        for (CommandRun run : new CommandRun[] {wxr, text, media, extract, opml}) {
            assertThat(run.code()).isNotZero();
            assertThat(run.err()).contains(folder + " is a folder: give a file, not a folder (such as " + example + ")");
        }
    }

    @Test
    void anEmptyFolderAndAMissingFileAreToldApart() {
        CommandRun empty = CommandRun.of("", "import", "wxr", export.toString(), "--data", data.toString());
        assertThat(empty.err()).contains(export + " is a folder: give a file, not a folder").doesNotContain("such as");
        CommandRun missing = CommandRun.of("", "import", "wxr", export.resolve("gone.xml").toString(),
                "--data", data.toString());
        assertThat(missing.err()).contains("gone.xml: no such file");
    }
}
