package org.tidings.cli;

import java.io.PrintWriter;
import org.tidings.curation.Feed;
import picocli.CommandLine.Command;

/** {@code tidings source list}: every followed feed, with how its polling goes. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the followed feeds: id, outlet, URL, items, last fetch and status, next fetch and why, "
                + "last error.")
public final class SourceListCommand extends CurationCommand {
    @Override
    int run(CurationSession session, PrintWriter out) {
        for (Feed feed : session.curation().listFeeds()) {
            out.println(feed.id() + "\t" + feed.outlet() + "\t" + feed.url() + "\t" + feed.itemCount() + " items"
                    + "\tlast fetch " + (feed.lastFetchAt() == null ? "never" : feed.lastFetchAt() + " ("
                    + (feed.lastStatus() == null ? "no answer" : "HTTP " + feed.lastStatus()) + ")")
                    + "\tnext " + feed.nextFetchAt() + " (" + feed.nextFetchReason().text() + ")"
                    + (feed.lastError() == null ? "" : "\terror: " + feed.lastError().text()));
        }
        return 0;
    }
}
