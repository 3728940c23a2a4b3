package org.tidings.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.tidings.admin.Admin;
import org.tidings.content.ChangeKind;
import org.tidings.content.ContentService;
import org.tidings.curation.Inbox;
import org.tidings.content.LoggedChange;
import org.tidings.content.PublishScheduler;
import org.tidings.curation.CurationRuntime;
import org.tidings.curation.PollerJob;
import org.tidings.search.SearchIndex;
import org.tidings.site.SiteMenu;
import org.tidings.site.Site;
import org.tidings.store.ChangeLog;
import org.tidings.store.Database;
import org.tidings.store.LeaseStore;
import org.tidings.store.SettingStore;
import org.tidings.store.Stores;
import org.tidings.transfer.DemoContent;

/**
 * A running Tidings: the database, its stores, the search index, the content service and the web
 * server over them, with the background jobs that keep this node in step with the change log.
 */
public final class TidingsApp implements AutoCloseable {
    /** How often this node reads the change log for what other nodes and commands wrote. */
    static final Duration FOLLOW_PAUSE = Duration.ofMillis(200);
    /** When the search analysis loads, off the path of the first pages and before most first publishes. */
    static final Duration WARM_UP_DELAY = Duration.ofSeconds(3);
    /** The first poll of outlets' feeds waits for the start-up work to be done. */
    static final Duration POLLER_START_DELAY = Duration.ofSeconds(5);
    private final Stores stores;
    private final ContentService content;
    private final Admin admin;
    private final SearchIndex search;
    private final WebServer server;
    private final Site site;
    private final ChangeFollower follower;
    private final BackgroundJobs jobs;
    private final PublishScheduler scheduler;
    private final Metrics metrics;
    private final CurationRuntime curation;
    private final PollerJob polling;
    private final Inbox inbox;

    private TidingsApp(Stores stores, ContentService content, Admin admin, SearchIndex search, WebServer server, Site site,
            ChangeFollower follower, BackgroundJobs jobs, PublishScheduler scheduler, Metrics metrics,
            CurationRuntime curation, PollerJob polling, Inbox inbox) {
        this.stores = stores;
        this.content = content;
        this.admin = admin;
        this.search = search;
        this.server = server;
        this.site = site;
        this.follower = follower;
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.curation = curation;
        this.polling = polling;
        this.inbox = inbox;
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
        // Setting metrics up loads a few hundred classes: done on another core while the database opens.
        CompletableFuture<Metrics> metricsReady = CompletableFuture.supplyAsync(Metrics::new);
        Database database = Database.open(config.database());
        SearchIndex search = null;
        try {
            Stores stores = Stores.over(database);
            ChangeLog changeLog = database.changeLog();
            search = SearchIndex.open(indexFolder(config.dataDir()), stores.posts(), changeLog);
            ChangeFollower follower = new ChangeFollower(changeLog);
            follower.add("search index", search);
            database.onCommitted(seq -> follower.followAtOnce());
            ContentService content = new ContentService(stores, clock);
            if (config.demo()) {
                DemoContent.fillIfEmpty(content, stores);
            }
            int port = config.port() == 0 ? FreePort.find(config.host()) : config.port();
            Site site = site(stores, config.publicBaseUrl(port));
            site.showMenu(SiteMenu.links(stores, site.language()));
            long siteSeq = changeLog.latest();
            follower.add("site settings", new ChangeReaction(siteSeq, changes -> reloadIfChanged(changes, site, stores)));
            PageCache pages = new PageCache(Clock.systemUTC(), PageCache.DEFAULT_MAX_BYTES);
            follower.add("page cache", pages.follower(siteSeq));
            // What other nodes or commands wrote while this one was down is applied before the first request.
            follower.names().forEach(follower::follow);
            Templates templates = new Templates(site::language);
            Admin admin = new Admin(content, stores, templates, clock, site);
            Metrics metrics = metricsReady.join();
            metrics.watch(pages);
            metrics.changeLogLag(follower::lag);
            Operations ops = new Operations(metrics, new Readiness(database, search), config.observability());
            CurationRuntime curation = CurationRuntime.open(stores, site.baseUrl(), config.allowPrivateFetch(), clock);
            Inbox inbox = Inbox.open(stores, content, curation);
            follower.add("editors' stories", new ChangeReaction(changeLog.latest(), changes -> {
                if (changes.stream().anyMatch(logged -> logged.change().kinds().contains(ChangeKind.STORIES))) {
                    curation.curation().takeEditorsStories();
                }
            }));
            WebServer server = WebServer.start(content, stores, search, site, templates, admin, inbox, pages, config,
                    ops, port);
            String node = nodeName();
            PublishScheduler scheduler = new PublishScheduler(content, new LeaseStore(database), node);
            metrics.watch(scheduler);
            BackgroundJobs jobs = new BackgroundJobs();
            // Not at once: on two cores, loading Nori's dictionaries would delay the first page by a second.
            jobs.once(WARM_UP_DELAY, "warm up the search analysis", search::warmUp);
            follower.names().forEach(name -> jobs.every(FOLLOW_PAUSE, "follow the change log: " + name,
                    () -> follower.follow(name)));
            jobs.every(Duration.ofSeconds(2), "commit the search index", search::commitIfChanged);
            jobs.every(PublishScheduler.TICK, "publish scheduled posts", scheduler::tick);
            jobs.every(Duration.ofSeconds(15), "apply curation rules to new items", inbox.rules()::applyToArrived);
            PollerJob polling = new PollerJob(curation.poller(), new LeaseStore(database), node)
                    .start(POLLER_START_DELAY);
            return new TidingsApp(stores, content, admin, search, server, site, follower, jobs, scheduler, metrics,
                    curation, polling, inbox);
        } catch (RuntimeException e) {
            if (search != null) {
                search.close();
            }
            database.close();
            throw e;
        }
    }

    private static void reloadIfChanged(List<LoggedChange> changes, Site site, Stores stores) {
        if (changes.stream().anyMatch(logged -> logged.change().touches(ChangeKind.SETTINGS))) {
            Site fresh = site(stores, site.baseUrl());
            site.reload(fresh);
        }
        // The menu names pages, categories and outlets, and its index links are in the site's language.
        if (changes.stream().anyMatch(logged -> logged.change().touches(ChangeKind.PAGES)
                || logged.change().touches(ChangeKind.TERMS) || logged.change().touches(ChangeKind.SETTINGS))) {
            site.showMenu(SiteMenu.links(stores, site.language()));
        }
    }

    /** How other nodes know this one by in leases: host, process and a random part for restarts. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Where the search index of the data folder {@code dataDir} lives. */
    public static Path indexFolder(Path dataDir) {
        return dataDir.resolve("index");
    }

    static Site site(Stores stores, String baseUrl) {
        return new Site(stores.settings().value(SettingStore.SITE_TITLE, "Tidings"),
                stores.settings().value(SettingStore.SITE_DESCRIPTION, ""), baseUrl, siteZone(stores),
                stores.settings().siteLanguage());
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
        return stores;
    }

    public PublishScheduler scheduler() {
        return scheduler;
    }

    /** Curation's service, poller and text analysis (the poller itself runs on the node holding its lease). */
    public CurationRuntime curation() {
        return curation;
    }

    /** How many change-log rows this node has yet to apply (0 when in step). */
    public long changeLag() {
        return follower.lag();
    }

    public Site site() {
        return site;
    }

    /** The curation services behind the admin's inbox. */
    public Inbox inbox() {
        return inbox;
    }

    /** This node's metrics, served at {@code /metrics} to the addresses the operator allows. */
    public Metrics metrics() {
        return metrics;
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
        jobs.close();
        scheduler.stop();
        polling.close();
        curation.close();
        server.close();
        search.close();
        stores.database().close();
    }
}
