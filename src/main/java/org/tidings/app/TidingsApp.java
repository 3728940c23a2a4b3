package org.tidings.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.tidings.admin.Admin;
import org.tidings.content.ContentService;
import org.tidings.content.PublishScheduler;
import org.tidings.search.SearchIndex;
import org.tidings.site.Site;
import org.tidings.store.Database;
import org.tidings.store.SettingStore;
import org.tidings.store.Stores;
import org.tidings.transfer.DemoContent;

/** A running Tidings: the database, its stores, the search index, the content service and the web server over them. */
public final class TidingsApp implements AutoCloseable {
    private final ContentService content;
    private final Admin admin;
    private final SearchIndex search;
    private final WebServer server;
    private final Site site;
    private final PublishScheduler scheduler;

    private TidingsApp(ContentService content, Admin admin, SearchIndex search, WebServer server, Site site,
            PublishScheduler scheduler) {
        this.content = content;
        this.admin = admin;
        this.search = search;
        this.server = server;
        this.site = site;
        this.scheduler = scheduler;
    }

    /**
     * Opens the configured store and its search index in {@code index/} of {@code config.dataDir()}
     * (rebuilt first if missing, damaged or out of step), fills it with demo content if asked, and serves it.
     */
    public static TidingsApp start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** As {@link #start(ServerConfig)}, telling time by {@code clock} (tests move it to expire sessions). */
    public static TidingsApp start(ServerConfig config, Clock clock) {
        Database database = Database.open(config.database());
        SearchIndex search = null;
        try {
            Stores stores = Stores.over(database);
            search = SearchIndex.open(indexFolder(config.dataDir()), stores.posts());
            ContentService content = new ContentService(stores, clock);
            content.addListener(search);
            if (config.demo()) {
                DemoContent.fillIfEmpty(content);
            }
            int port = config.port() == 0 ? FreePort.find(config.host()) : config.port();
            Site site = site(stores, config.publicBaseUrl(port));
            Templates templates = new Templates();
            Admin admin = new Admin(stores, templates, clock, site);
            PageCache pages = new PageCache(Clock.systemUTC(), PageCache.DEFAULT_MAX_BYTES);
            content.addListener(change -> pages.invalidate());
            // Writes that do not go through ContentService (settings, categories, outlets) must not leave stale pages.
            database.onCommittedWrite(pages::tableWritten);
            WebServer server = WebServer.start(content, search, site, templates, admin, pages,
                    config.trustedProxies(), config.host(), port);
            return new TidingsApp(content, admin, search, server, site, PublishScheduler.start(content));
        } catch (RuntimeException e) {
            if (search != null) {
                search.close();
            }
            database.close();
            throw e;
        }
    }

    /** Where the search index of the data folder {@code dataDir} lives. */
    public static Path indexFolder(Path dataDir) {
        return dataDir.resolve("index");
    }

    static Site site(Stores stores, String baseUrl) {
        return new Site(stores.settings().value(SettingStore.SITE_TITLE, "Tidings"),
                stores.settings().value(SettingStore.SITE_DESCRIPTION, ""), baseUrl, siteZone(stores));
    }

    /** The zone dates are shown and archived in (setting {@code site.zone}, UTC by default). */
    public static ZoneId siteZone(Stores stores) {
        return stores.settings().siteZone();
    }

    public ContentService content() {
        return content;
    }

    public Admin admin() {
        return admin;
    }

    public SearchIndex search() {
        return search;
    }

    public Stores stores() {
        return content.stores();
    }

    public Site site() {
        return site;
    }

    public int port() {
        return server.port();
    }

    /** Every registered route as "METHOD /path/", see {@link WebServer#routes()}. */
    public List<String> routes() {
        return server.routes();
    }

    @Override
    public void close() {
        scheduler.close();
        server.close();
        search.close();
        content.stores().database().close();
    }
}
