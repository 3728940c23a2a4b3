package org.tidings.cli;

import java.io.PrintWriter;
import org.tidings.curation.Feed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tidings source add URL}: follows a feed, given by its own URL or by a page that names it. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Follow a feed (RSS, Atom or JSON Feed), given by its URL or by a web page that links to it. "
                + "It joins the outlet at its host, or a new outlet named after it.")
public final class SourceAddCommand extends CurationCommand {
    @Parameters(paramLabel = "URL", description = "The feed's address, or a page's address (autodiscovery).")
    String url;

    @Override
    int run(CurationSession session, PrintWriter out) {
        Feed feed = session.curation().addFeed(url);
        out.println("Following feed " + feed.id() + " of " + feed.outlet() + ": "
                + feed.url() + (feed.title() == null ? "" : " (" + feed.title() + ")"));
        return 0;
    }
}
