package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tidings.curation.Curation;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code tidings source import-opml FILE}: follows every feed an OPML file lists; safe to run again. */
@Command(name = "import-opml", mixinStandardHelpOptions = true,
        description = "Follow every feed an OPML file lists (feeds followed already are skipped). "
                + "The poller fetches them; 'source list' shows any that fail.")
public final class SourceImportOpmlCommand extends CurationCommand {
    @Parameters(paramLabel = "FILE", description = "An OPML file, as feed readers export.")
    Path file;

    @Override
    int run(CurationSession session, PrintWriter out) throws IOException {
        Optional<String> unreadable = InputFile.problem(file);
        if (unreadable.isPresent()) {
            throw new ParameterException(spec.commandLine(), unreadable.get());
        }
        Curation.OpmlImport result = session.curation().importOpml(Files.readAllBytes(file));
        result.added().forEach(feed -> out.println("Following " + feed.url() + " (" + feed.outlet() + ")"));
        result.skipped().forEach((url, why) -> out.println("Skipped " + url + ": " + why));
        out.println(result.added().size() + " feed(s) added, " + result.skipped().size() + " skipped");
        return 0;
    }
}
