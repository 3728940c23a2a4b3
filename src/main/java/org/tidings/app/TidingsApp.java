package org.tidings.app;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.tidings.site.Site;
import org.tidings.store.Database;
import org.tidings.store.Stores;

/** A running Tidings: the database, its stores and the web server over them. */
public final class TidingsApp implements AutoCloseable {
    private final Stores stores;
    private final WebServer server;
    private final Site site;

    private TidingsApp(Stores stores, WebServer server, Site site) {
        this.stores = stores;
        this.server = server;
        this.site = site;
    }

    /** Opens the store in {@code config.dataDir()} and serves it. */
    public static TidingsApp start(ServerConfig config) {
        Database database = Database.openSqlite(config.dataDir());
        try {
            Stores stores = Stores.over(database);
            int port = config.port() == 0 ? FreePort.find(config.host()) : config.port();
            Site site = site(stores, config.publicBaseUrl(port));
            return new TidingsApp(stores, WebServer.start(stores, site, config.host(), port), site);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static Site site(Stores stores, String baseUrl) {
        return new Site(stores.settings().value("site.title", "Tidings"),
                stores.settings().value("site.description", ""), baseUrl, siteZone(stores));
    }

    /** The zone dates are shown and archived in (setting {@code site.zone}, UTC by default). */
    public static ZoneId siteZone(Stores stores) {
        return ZoneId.of(stores.settings().value("site.zone", ZoneOffset.UTC.getId()));
    }

    public Stores stores() {
        return stores;
    }

    public Site site() {
        return site;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        stores.database().close();
    }
}
