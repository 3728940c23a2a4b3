package org.tidings.cli;

import java.time.Clock;
import org.tidings.curation.Curation;
import org.tidings.curation.CurationRuntime;
import org.tidings.store.Database;
import org.tidings.store.Stores;

/** What a curation command works with: the opened store and curation's parts over it. Closes both. */
final class CurationSession implements AutoCloseable {
    private final Database database;
    private final Stores stores;
    private final CurationRuntime runtime;

    CurationSession(DataOption data, FetchOptions fetch) {
        this.database = Database.open(data.database());
        try {
            this.stores = Stores.over(database);
            this.runtime = CurationRuntime.open(stores, fetch.baseUrl, fetch.allowPrivateFetch, Clock.systemUTC());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    Stores stores() {
        return stores;
    }

    CurationRuntime runtime() {
        return runtime;
    }

    Curation curation() {
        return runtime.curation();
    }

    @Override
    public void close() {
        runtime.close();
        database.close();
    }
}
