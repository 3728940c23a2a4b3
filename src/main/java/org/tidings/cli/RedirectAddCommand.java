package org.tidings.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.tidings.content.ContentService;
import org.tidings.content.Problems;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings redirect add FROM TO}: sends an old path to a new one with a 301. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Send readers of the path FROM to the path TO (both on this site) with a permanent redirect.")
public final class RedirectAddCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FROM", description = "The old path, such as /old-page/.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The new path, such as /about/.")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = Database.open(data.database())) {
            Problems problems = new ContentService(Stores.over(database), Clock.systemUTC()).redirects().add(from, to);
            if (!problems.isEmpty()) {
                return AccountsOnDisk.refused(spec, problems);
            }
        }
        spec.commandLine().getOut().println("Redirecting " + from.strip() + " -> " + to.strip());
        return 0;
    }
}
