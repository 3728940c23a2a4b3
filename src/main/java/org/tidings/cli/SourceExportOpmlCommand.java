package org.tidings.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.store.SettingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings source export-opml FILE}: the followed feeds as OPML 2.0, for a feed reader or another site. */
@Command(name = "export-opml", mixinStandardHelpOptions = true,
        description = "Write the followed feeds to FILE as OPML 2.0.")
public final class SourceExportOpmlCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The OPML file to write (replaced if it exists).")
    Path file;

    @Mixin
    DataOption data;

    @Mixin
    FetchOptions fetch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (CurationSession session = new CurationSession(data, fetch)) {
            String site = session.stores().settings().value(SettingStore.SITE_TITLE, "Tidings");
            byte[] opml = session.curation().exportOpml(site + ": followed feeds");
            Files.write(file, opml);
            spec.commandLine().getOut().println("Wrote " + session.curation().listFeeds().size() + " feed(s) to " + file);
        }
        return 0;
    }
}
