package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tidings.store.SettingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tidings source export-opml FILE}: the followed feeds as OPML 2.0, for a feed reader or another site. */
@Command(name = "export-opml", mixinStandardHelpOptions = true,
        description = "Write the followed feeds to FILE as OPML 2.0.")
public final class SourceExportOpmlCommand extends CurationCommand {
    @Parameters(paramLabel = "FILE", description = "The OPML file to write (replaced if it exists).")
    Path file;

    @Override
    int run(CurationSession session, PrintWriter out) throws IOException {
        String site = session.stores().settings().value(SettingStore.SITE_TITLE, "Tidings");
        Files.write(file, session.curation().exportOpml(site + ": followed feeds"));
        out.println("Wrote " + session.curation().listFeeds().size() + " feed(s) to " + file);
        return 0;
    }
}
