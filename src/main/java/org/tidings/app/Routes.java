package org.tidings.app;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.List;
import java.util.function.Function;
import org.tidings.admin.Admin;
import org.tidings.admin.AdminGuard;
import org.tidings.admin.Dashboard;
import org.tidings.admin.FeedsScreen;
import org.tidings.admin.InboxDraftScreen;
import org.tidings.admin.InboxScreen;
import org.tidings.admin.RulesScreen;
import org.tidings.admin.MediaScreen;
import org.tidings.admin.MenuAdmin;
import org.tidings.admin.PageAdmin;
import org.tidings.admin.PostDelete;
import org.tidings.admin.PostEditor;
import org.tidings.admin.PostList;
import org.tidings.admin.RedirectAdmin;
import org.tidings.admin.Revisions;
import org.tidings.admin.TermAdmin;
import org.tidings.content.ContentService;
import org.tidings.content.Taxonomy;
import org.tidings.content.Role;
import org.tidings.curation.Inbox;
import org.tidings.feeds.FeedPage;
import org.tidings.feeds.Feeds;
import org.tidings.feeds.OldFeedPaths;
import org.tidings.feeds.RobotsTxt;
import org.tidings.feeds.Sitemap;
import org.tidings.feeds.SitemapPage;
import org.tidings.media.MediaFile;
import org.tidings.media.MediaFilePage;
import org.tidings.media.MediaLibrary;
import org.tidings.search.SearchIndex;
import org.tidings.site.Archives;
import org.tidings.site.Breadcrumbs;
import org.tidings.site.IndexPages;
import org.tidings.site.FeedFormat;
import org.tidings.site.ListingHandler;
import org.tidings.site.ListingHtml;
import org.tidings.site.ListingKind;
import org.tidings.site.ListingPages;
import org.tidings.site.OldLinks;
import org.tidings.site.PostPage;
import org.tidings.site.SearchPage;
import org.tidings.site.SimplePage;
import org.tidings.site.Site;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * Every URL Tidings answers, in one place. Order matters: fixed prefixes before date patterns.
 * Every GET route outside {@code /admin} is served through {@link PageCache} without more ado.
 */
final class Routes {
    private Routes() {
    }

    static void register(JavalinConfig config, ContentService content, Stores stores, SearchIndex search, Site site,
            Templates templates, Admin admin, OldLinks oldLinks) {
        registerAdmin(config, templates, admin);
        registerEditor(config, content, stores, templates, admin, site);
        menu(config, admin.guard(), new MenuAdmin(content, stores, site, templates));
        Archives archives = new Archives(stores, site);
        feeds(config, stores, site, archives);
        page(config, "/assets/{file}", new Assets());
        page(config, MediaFile.PATH + "{file}", new MediaFilePage(stores.media()));
        ListingPages pages = new ListingPages(stores.posts());
        ListingHtml html = new ListingHtml(templates);
        Breadcrumbs breadcrumbs = new Breadcrumbs(stores, site);
        Function<ListingKind, Handler> listing = kind -> new ListingHandler(kind, archives, pages, html, site,
                breadcrumbs);
        Handler home = listing.apply(ListingKind.HOME);
        page(config, "/", oldLinks.orElse(home));
        page(config, "/page/{page}/", home);
        IndexPages indexes = new IndexPages(stores, site, templates);
        for (Taxonomy taxonomy : Taxonomy.values()) {
            page(config, Urls.index(taxonomy), indexes.of(taxonomy));
        }
        page(config, Urls.archives(), indexes.dates());
        paged(config, "/category/{slug}/", listing.apply(ListingKind.CATEGORY));
        paged(config, "/tag/{slug}/", listing.apply(ListingKind.TAG));
        paged(config, "/author/{slug}/", listing.apply(ListingKind.AUTHOR));
        paged(config, "/source/{slug}/", listing.apply(ListingKind.SOURCE));
        page(config, "/search/", new SearchPage(search, stores, site, templates));
        Handler month = listing.apply(ListingKind.MONTH);
        // Before posts, whose "/{year}/{month}/{day}/{slug}/" would take "/2026/03/page/2/" for a post.
        page(config, "/{year}/{month}/page/{page}/", month);
        PostPage post = new PostPage(stores.posts(), stores.navigation(), stores.media(), site, templates);
        page(config, "/{year}/{month}/{day}/{slug}/", post);
        page(config, "/" + Urls.UNDATED + "/{slug}/", post);
        // Last: a path of one or two segments that names no year or month is a simple page (/about/, /about/team/).
        SimplePage simplePage = new SimplePage(stores.pages(), site, templates);
        Handler year = listing.apply(ListingKind.YEAR);
        page(config, "/{year}/{month}/", ctx -> (isYear(ctx.pathParam("year")) ? month : simplePage).handle(ctx));
        page(config, "/{year}/", ctx -> (isYear(ctx.pathParam("year")) ? year : simplePage).handle(ctx));
        page(config, "/{year}/page/{page}/", year);
        Handler day = listing.apply(ListingKind.DAY);
        page(config, "/{year}/{month}/{day}/", day);
        page(config, "/{year}/{month}/{day}/page/{page}/", day);
    }

    /** Four digits: a year's archive, never a page (page slugs of four digits are refused). */
    private static boolean isYear(String segment) {
        return segment.length() == 4 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Probes for load balancers and metrics for Prometheus, at the paths such tools expect: without
     * a trailing slash, never cached, answering HEAD like GET.
     */
    static void registerOperations(JavalinConfig config, Operations ops) {
        Probes probes = new Probes(ops.readiness());
        page(config, "/healthz", probes::alive);
        page(config, "/readyz", probes::ready);
        page(config, "/metrics", new MetricsPage(ops.metrics(), ops.observability().metricsAllowed()));
    }

    /**
     * The admin, all under /admin/. {@code guard.requires(ROLE, handler)} checks the login and the
     * role; the guard's before-filter has already checked the CSRF token of every POST.
     */
    private static void registerAdmin(JavalinConfig config, Templates templates, Admin admin) {
        var routes = config.routes;
        AdminGuard guard = admin.guard();
        routes.get("/admin/login/", admin.login()::show);
        routes.post("/admin/login/", admin.login()::submit);
        // The address without its slash: a 301 cannot carry a POST's form, so it is answered here.
        routes.post("/admin/login", admin.login()::submit);
        routes.get("/admin/login/two-factor/", admin.twoFactorLogin()::show);
        routes.post("/admin/login/two-factor/", admin.twoFactorLogin()::submit);
        routes.post("/admin/logout/", guard.requires(Role.CONTRIBUTOR, admin.logout()));
        routes.get("/admin/account/", guard.setup(admin.accountPage()));
        routes.get("/admin/account/password/", guard.setup(admin.passwordChange().form()));
        routes.post("/admin/account/password/", guard.setup(admin.passwordChange().submit()));
        routes.get("/admin/account/two-factor/", guard.setup(admin.twoFactorSetup().show()));
        routes.post("/admin/account/two-factor/", guard.setup(admin.twoFactorSetup().enable()));
        routes.post("/admin/account/two-factor/recovery-codes/", guard.setup(admin.twoFactorSetup().renewCodes()));
        routes.post("/admin/account/two-factor/disable/", guard.setup(admin.twoFactorSetup().disable()));
        routes.get("/admin/users/", guard.requires(Role.ADMIN, admin.users().list()));
        routes.post("/admin/users/", guard.requires(Role.ADMIN, admin.users().create()));
        routes.post("/admin/users/{id}/role/", guard.requires(Role.ADMIN, admin.users().changeRole()));
        routes.post("/admin/users/{id}/disable/", guard.requires(Role.ADMIN, admin.users().disable()));
        routes.post("/admin/users/{id}/enable/", guard.requires(Role.ADMIN, admin.users().enable()));
        routes.post("/admin/users/{id}/password/", guard.requires(Role.ADMIN, admin.users().resetPassword()));
        routes.post("/admin/users/{id}/two-factor/reset/", guard.requires(Role.ADMIN, admin.users().resetTwoFactor()));
        routes.get("/admin/settings/", guard.requires(Role.ADMIN, admin.settings().show()));
        routes.post("/admin/settings/", guard.requires(Role.ADMIN, admin.settings().save()));
        routes.get("/admin/audit/", guard.requires(Role.ADMIN, admin.auditScreen()));
    }

    /**
     * Feeds of the site and of each archive at WordPress's paths, the sitemap and robots.txt, for
     * GET and HEAD: feed readers and crawlers ask with HEAD too.
     */
    private static void feeds(JavalinConfig config, Stores stores, Site site, Archives archives) {
        Feeds feeds = new Feeds(stores, site);
        for (FeedFormat format : FeedFormat.values()) {
            page(config, Urls.feed("/", format), new FeedPage(ListingKind.HOME, archives, feeds, format));
            page(config, Urls.feed("/category/{slug}/", format),
                    new FeedPage(ListingKind.CATEGORY, archives, feeds, format));
            page(config, Urls.feed("/tag/{slug}/", format), new FeedPage(ListingKind.TAG, archives, feeds, format));
            page(config, Urls.feed("/author/{slug}/", format),
                    new FeedPage(ListingKind.AUTHOR, archives, feeds, format));
            page(config, Urls.feed("/source/{slug}/", format),
                    new FeedPage(ListingKind.SOURCE, archives, feeds, format));
        }
        for (String base : List.of("/", "/category/{slug}/", "/tag/{slug}/", "/author/{slug}/", "/source/{slug}/")) {
            OldFeedPaths.ENDINGS.forEach(ending -> page(config, base + ending, new OldFeedPaths()));
        }
        SitemapPage sitemap = new SitemapPage(Sitemap.configured(stores, site));
        page(config, Urls.sitemap(), sitemap::document);
        page(config, "/sitemap-{part}.xml", sitemap::part);
        page(config, Urls.robots(), new RobotsTxt(site));
    }

    /**
     * The writing and publishing half of the admin: posts (contributors see and change only their
     * own, until published), revisions, and the management of categories, tags, outlets and authors.
     */
    private static void registerEditor(JavalinConfig config, ContentService content, Stores stores, Templates templates,
            Admin admin, Site site) {
        var routes = config.routes;
        AdminGuard guard = admin.guard();
        MediaLibrary library = new MediaLibrary(stores, content.clock());
        PostEditor editor = new PostEditor(content, stores, library, admin, templates, site);
        Revisions revisions = new Revisions(content, stores, templates);
        Dashboard dashboard = new Dashboard(content, stores, templates);
        routes.get("/admin/", guard.requires(Role.CONTRIBUTOR, dashboard.show()));
        routes.post("/admin/drafts/", guard.requires(Role.CONTRIBUTOR, dashboard.quickDraft()));
        routes.get("/admin/posts/", guard.requires(Role.CONTRIBUTOR, new PostList(stores, templates)));
        routes.get("/admin/posts/new/", guard.requires(Role.CONTRIBUTOR, editor.newForm()));
        routes.post("/admin/posts/new/", guard.requires(Role.CONTRIBUTOR, editor.create()));
        routes.get("/admin/posts/{id}/", guard.requires(Role.CONTRIBUTOR, editor.editForm()));
        routes.post("/admin/posts/{id}/", guard.requires(Role.CONTRIBUTOR, editor.save()));
        routes.post("/admin/posts/{id}/autosave/", guard.requires(Role.CONTRIBUTOR, editor.autosave()));
        routes.get("/admin/posts/{id}/preview/", guard.requires(Role.CONTRIBUTOR, editor.savedPreview()));
        routes.get("/admin/posts/{id}/kept/{key}/", guard.requires(Role.CONTRIBUTOR, editor.keptForm()));
        routes.get("/admin/post-at/<address>", guard.requires(Role.CONTRIBUTOR, editor.editorOfAddress()));
        routes.post("/admin/posts/{id}/delete/", guard.requires(Role.CONTRIBUTOR, new PostDelete(content, stores, admin.audit(), templates)));
        routes.get("/admin/posts/{id}/revisions/", guard.requires(Role.CONTRIBUTOR, revisions.list()));
        routes.post("/admin/posts/{id}/revisions/{revision}/restore/", guard.requires(Role.CONTRIBUTOR, revisions.restore()));
        media(config, guard, new MediaScreen(library, templates));
        terms(config, guard, new TermAdmin(Taxonomy.CATEGORY, "/admin/categories/", content, stores, templates));
        terms(config, guard, new TermAdmin(Taxonomy.TAG, "/admin/tags/", content, stores, templates));
        terms(config, guard, new TermAdmin(Taxonomy.SOURCE, "/admin/outlets/", content, stores, templates));
        terms(config, guard, new TermAdmin(Taxonomy.AUTHOR, "/admin/authors/", content, stores, templates));
        pages(config, guard, new PageAdmin(content, stores, templates));
        redirects(config, guard, new RedirectAdmin(content, stores, templates));
    }

    /**
     * Curation, for editors (as on WordPress, choosing what the site republishes is an editor's job):
     * the inbox and its actions, an item's draft screen, rules, and the followed feeds.
     */
    static void registerInbox(JavalinConfig config, Stores stores, Templates templates, AdminGuard guard, Inbox inbox) {
        var routes = config.routes;
        InboxScreen screen = new InboxScreen(inbox.curation(), inbox.rules(), stores, templates);
        String base = InboxScreen.BASE;
        routes.get(base, guard.requires(Role.EDITOR, screen.list()));
        routes.post(base + "{id}/state/", guard.requires(Role.EDITOR, screen.setState()));
        routes.post(base + "{id}/split/", guard.requires(Role.EDITOR, screen.split()));
        routes.post(base + "merge/", guard.requires(Role.EDITOR, screen.merge()));
        InboxDraftScreen draft = new InboxDraftScreen(inbox.drafts(), inbox.curation(), stores, templates);
        routes.get(base + "{id}/draft/", guard.requires(Role.EDITOR, draft.form()));
        routes.post(base + "{id}/draft/", guard.requires(Role.EDITOR, draft.create()));
        routes.post(base + "{id}/full-text/", guard.requires(Role.EDITOR, draft.fullText()));
        RulesScreen rules = new RulesScreen(inbox.rules(), stores, templates);
        routes.get(RulesScreen.BASE, guard.requires(Role.EDITOR, rules.list()));
        routes.post(RulesScreen.BASE, guard.requires(Role.EDITOR, rules.add()));
        routes.post(RulesScreen.BASE + "{id}/apply/", guard.requires(Role.EDITOR, rules.apply()));
        routes.post(RulesScreen.BASE + "{id}/delete/", guard.requires(Role.EDITOR, rules.delete()));
        FeedsScreen feeds = new FeedsScreen(inbox.curation(), stores, templates);
        routes.get(FeedsScreen.BASE, guard.requires(Role.EDITOR, feeds.list()));
        routes.post(FeedsScreen.BASE, guard.requires(Role.EDITOR, feeds.add()));
        routes.post(FeedsScreen.BASE + "{id}/delete/", guard.requires(Role.EDITOR, feeds.delete()));
        routes.post(FeedsScreen.BASE + "import/", guard.requires(Role.EDITOR, feeds.importOpml()));
        routes.get(FeedsScreen.BASE + "export.opml", guard.requires(Role.EDITOR, feeds.exportOpml()));
    }

    /** Simple pages: list, new, edit, delete after a question; for editors. */
    private static void pages(JavalinConfig config, AdminGuard guard, PageAdmin screen) {
        String base = PageAdmin.BASE;
        config.routes.get(base, guard.requires(Role.EDITOR, screen.list()));
        config.routes.get(base + "new/", guard.requires(Role.EDITOR, screen.newForm()));
        config.routes.post(base + "new/", guard.requires(Role.EDITOR, screen.create()));
        config.routes.get(base + "{id}/", guard.requires(Role.EDITOR, screen.editForm()));
        config.routes.post(base + "{id}/", guard.requires(Role.EDITOR, screen.update()));
        config.routes.post(base + "{id}/delete/", guard.requires(Role.EDITOR, screen.delete()));
    }

    /** The site menu: list, add, arrange the default one, move, remove; for editors. */
    private static void menu(JavalinConfig config, AdminGuard guard, MenuAdmin screen) {
        String base = MenuAdmin.BASE;
        config.routes.get(base, guard.requires(Role.EDITOR, screen.list()));
        config.routes.post(base, guard.requires(Role.EDITOR, screen.add()));
        config.routes.post(base + "arrange/", guard.requires(Role.EDITOR, screen.arrange()));
        config.routes.post(base + "{id}/move/", guard.requires(Role.EDITOR, screen.move()));
        config.routes.post(base + "{id}/delete/", guard.requires(Role.EDITOR, screen.remove()));
    }

    /** Redirects from old addresses: list, add, delete; for editors. */
    private static void redirects(JavalinConfig config, AdminGuard guard, RedirectAdmin screen) {
        String base = RedirectAdmin.BASE;
        config.routes.get(base, guard.requires(Role.EDITOR, screen.list()));
        config.routes.post(base, guard.requires(Role.EDITOR, screen.add()));
        config.routes.post(base + "delete/", guard.requires(Role.EDITOR, screen.delete()));
    }

    /** The media library: contributors upload and pick; editors also change alt texts and delete. */
    private static void media(JavalinConfig config, AdminGuard guard, MediaScreen screen) {
        config.routes.get(MediaScreen.PATH, guard.requires(Role.CONTRIBUTOR, screen.list()));
        config.routes.post(MediaScreen.PATH, guard.requires(Role.CONTRIBUTOR, screen.upload()));
        config.routes.post(MediaScreen.PATH + "{id}/alt/", guard.requires(Role.EDITOR, screen.updateAlt()));
        config.routes.post(MediaScreen.PATH + "{id}/delete/", guard.requires(Role.EDITOR, screen.delete()));
    }

    /** The management screen of one taxonomy and its actions, for editors. */
    private static void terms(JavalinConfig config, AdminGuard guard, TermAdmin screen) {
        String base = screen.basePath();
        config.routes.get(base, guard.requires(Role.EDITOR, screen.list()));
        config.routes.post(base, guard.requires(Role.EDITOR, screen.create()));
        config.routes.get(base + "{id}/", guard.requires(Role.EDITOR, screen.edit()));
        config.routes.post(base + "{id}/rename/", guard.requires(Role.EDITOR, screen.rename()));
        config.routes.post(base + "{id}/merge/", guard.requires(Role.EDITOR, screen.merge()));
        config.routes.post(base + "{id}/delete/", guard.requires(Role.EDITOR, screen.delete()));
    }

    /** A listing at {@code base} and its further pages at {@code base/page/N/}. */
    private static void paged(JavalinConfig config, String base, Handler handler) {
        page(config, base, handler);
        page(config, base + "page/{page}/", handler);
    }

    /** A public page, for GET and HEAD: Javalin answers HEAD for a GET-only route with an empty 200. */
    private static void page(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }
}
