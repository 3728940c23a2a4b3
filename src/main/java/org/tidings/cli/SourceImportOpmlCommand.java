package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.curation.Curation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings source import-opml FILE}: follows every feed an OPML file lists; safe to run again. */
@Command(name = "import-opml", mixinStandardHelpOptions = true,
        description = "Follow every feed an OPML file lists (feeds followed already are skipped). "
                + "The poller fetches them; 'source list' shows any that fail.")
public final class SourceImportOpmlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "An OPML file, as feed readers export.")
    Path file;

    @Mixin
    DataOption data;

    @Mixin
    FetchOptions fetch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), file + " is not a file");
        }
        byte[] opml = Files.readAllBytes(file);
        PrintWriter out = spec.commandLine().getOut();
        try (CurationSession session = new CurationSession(data, fetch)) {
            Curation.OpmlImport result = session.curation().importOpml(opml);
            result.added().forEach(feed -> out.println("Following " + feed.url() + " (" + feed.outlet() + ")"));
            result.skipped().forEach((url, why) -> out.println("Skipped " + url + ": " + why));
            out.println(result.added().size() + " feed(s) added, " + result.skipped().size() + " skipped");
        }
        out.flush();
        return 0;
    }
}
