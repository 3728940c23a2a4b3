package org.tidings.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.app.TidingsApp;
import org.tidings.site.MediaAddresses;
import org.tidings.site.OldLinks;
import org.tidings.site.Site;
import org.tidings.store.Database;
import org.tidings.store.RedirectStore.Redirect;
import org.tidings.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tidings redirect list}: every old address the site answers with a 301, and where it goes:
 * the redirects, then every address of an imported item (its old path, its {@code /?p=ID} form).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List redirects and every old address imports recorded, as FROM -> TO lines.")
public final class RedirectListCommand implements Callable<Integer> {
    private static final int BATCH = 1000;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(data.database())) {
            Stores stores = Stores.over(database);
            for (int offset = 0; ; offset += BATCH) {
                List<Redirect> batch = stores.redirects().list(offset, BATCH);
                batch.forEach(r -> out.println(r.from() + " -> " + r.to()));
                if (batch.size() < BATCH) {
                    break;
                }
            }
            OldLinks oldLinks = new OldLinks(stores, new Site("", "", "", TidingsApp.siteZone(stores)),
                    MediaAddresses.of(stores.media()));
            stores.oldAddresses().eachImported(item -> {
                String now = oldLinks.now(item).orElse("(nothing: not public or not imported)");
                String what = "  [imported " + item.kind() + " " + item.sourceId() + "]";
                OldLinks.addressesOf(item).forEach(from -> out.println(from + " -> " + now + what));
            });
        }
        out.flush();
        return 0;
    }
}
