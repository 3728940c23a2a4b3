package org.tidings.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.tidings.content.ContentService;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings redirect remove FROM}: stops redirecting an old path. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop redirecting the path FROM.")
public final class RedirectRemoveCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FROM", description = "The old path, as `redirect list` shows it.")
    String from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database database = Database.open(data.database())) {
            if (!new ContentService(Stores.over(database), Clock.systemUTC()).redirects().remove(from)) {
                spec.commandLine().getErr().println("tidings: no redirect from " + from.strip()
                        + " (addresses an import recorded are listed, not removed)");
                return 1;
            }
        }
        spec.commandLine().getOut().println("No longer redirecting " + from.strip());
        return 0;
    }
}
