package org.tidings.cli;

import java.util.concurrent.Callable;
import org.tidings.curation.Feed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings source remove ID|URL}: stops following a feed; its items stay in the inbox. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Stop following a feed (its items stay in the inbox).")
public final class SourceRemoveCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID|URL", description = "The feed's id (see 'source list') or its URL.")
    String feed;

    @Mixin
    DataOption data;

    @Mixin
    FetchOptions fetch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CurationSession session = new CurationSession(data, fetch)) {
            Feed found = session.curation().feed(feed).orElse(null);
            if (found == null) {
                spec.commandLine().getErr().println("tidings: no followed feed " + feed + " (see 'tidings source list')");
                return 1;
            }
            session.curation().removeFeed(found.id());
            spec.commandLine().getOut().println("No longer following " + found.url());
        }
        return 0;
    }
}
