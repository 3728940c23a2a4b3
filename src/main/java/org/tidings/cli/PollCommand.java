package org.tidings.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tidings.curation.FeedPoll;
import org.tidings.curation.FeedPoller;
import org.tidings.search.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidings poll}: fetches the followed feeds that are due, as the server's poller does (for a
 * site whose server does not poll, or to see it work). Safe to run again: known items stay single.
 */
@Command(name = "poll", mixinStandardHelpOptions = true,
        description = "Fetch the followed feeds when they are due and put their new items in the inbox; "
                + "keeps polling until Ctrl-C, or with --once polls every due feed once and exits.")
public final class PollCommand extends CurationCommand {
    /** The longest nap between rounds, so a feed added meanwhile is not left waiting long. */
    private static final Duration MAX_PAUSE = Duration.ofMinutes(1);

    @Option(names = "--once", description = "Poll every feed due now once, with a progress bar, and exit.")
    boolean once;

    @Override
    int run(CurationSession session, PrintWriter out) throws InterruptedException {
        FeedPoller poller = session.runtime().poller();
        if (once) {
            round(poller, out, true);
            return 0;
        }
        while (!Thread.currentThread().isInterrupted()) {
            round(poller, out, false);
            Instant next = session.stores().feeds().nextDue().orElse(Instant.now().plus(MAX_PAUSE));
            Thread.sleep(Math.clamp(Duration.between(Instant.now(), next).toMillis(), 1000, MAX_PAUSE.toMillis()));
        }
        return 0;
    }

    private void round(FeedPoller poller, PrintWriter out, boolean showProgress) {
        List<FeedPoll> failures = new ArrayList<>();
        FeedPoller.Round round;
        try (Progress progress = showProgress ? Progress.onTerminal("Polling", poller.dueCount(), " feeds") : Progress.none()) {
            round = poller.pollDue(poll -> {
                progress.advance(1);
                if (poll.failed()) {
                    failures.add(poll);
                }
            });
        }
        failures.forEach(poll -> out.println("failed: " + poll.error().text() + " (next try " + poll.next().at() + ", "
                + poll.next().reason().text() + ")"));
        if (showProgress || round.polled() > 0) {
            out.println(Instant.now() + " polled " + round.polled() + " feed(s): " + round.newItems()
                    + " new item(s) from " + round.withNewItems() + " feed(s), " + round.failed() + " failed");
        }
        out.flush();
    }
}
