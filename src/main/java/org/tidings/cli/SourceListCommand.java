package org.tidings.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tidings.curation.Feed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tidings source list}: every followed feed, with how its polling goes. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the followed feeds: id, outlet, URL, items, last fetch and status, next fetch and why, "
                + "last error.")
public final class SourceListCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    FetchOptions fetch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CurationSession session = new CurationSession(data, fetch)) {
            for (Feed feed : session.curation().listFeeds()) {
                out.println(feed.id() + "\t" + feed.outlet() + "\t" + feed.url() + "\t" + feed.itemCount() + " items"
                        + "\tlast fetch " + (feed.lastFetchAt() == null ? "never" : feed.lastFetchAt() + " ("
                        + (feed.lastStatus() == null ? "no answer" : "HTTP " + feed.lastStatus()) + ")")
                        + "\tnext " + feed.nextFetchAt() + " (" + feed.nextFetchReason() + ")"
                        + (feed.lastError() == null ? "" : "\terror: " + feed.lastError()));
            }
        }
        out.flush();
        return 0;
    }
}
