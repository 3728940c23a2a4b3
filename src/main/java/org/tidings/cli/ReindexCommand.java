package org.tidings.cli;

import java.util.concurrent.Callable;
import org.tidings.app.TidingsApp;
import org.tidings.search.Progress;
import org.tidings.search.SearchIndex;
import org.tidings.store.Database;
import org.tidings.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tidings reindex}: rebuilds the search index from the database, with a progress bar. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database. Safe to interrupt and run again; "
                + "refused while a server uses the data folder.")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        try (Database database = Database.open(data.database())) {
            Stores stores = Stores.over(database);
            var folder = TidingsApp.indexFolder(data.dataDir());
            long published = stores.posts().publishedState().published();
            SearchIndex.rebuild(folder, stores.posts(), database.changeLog(), total -> Progress.onTerminal("Indexing", total));
            System.out.println("Indexed " + published + " published posts in " + folder);
        }
        return 0;
    }
}
