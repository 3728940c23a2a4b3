package org.tidings.cli;

import java.io.PrintWriter;
import org.tidings.curation.Feed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tidings source remove ID|URL}: stops following a feed; its items stay in the inbox. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Stop following a feed (its items stay in the inbox).")
public final class SourceRemoveCommand extends CurationCommand {
    @Parameters(paramLabel = "ID|URL", description = "The feed's id (see 'source list') or its URL.")
    String feed;

    @Override
    int run(CurationSession session, PrintWriter out) {
        Feed found = session.curation().feed(feed).orElse(null);
        if (found == null) {
            spec.commandLine().getErr().println("tidings: no followed feed " + feed + " (see 'tidings source list')");
            return 1;
        }
        session.curation().removeFeed(found.id());
        out.println("No longer following " + found.url());
        return 0;
    }
}
