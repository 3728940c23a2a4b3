package org.tidings.app;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.LengthRequiredResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import org.tidings.curation.Inbox;
import org.tidings.admin.Admin;
import org.tidings.admin.MediaScreen;
import org.tidings.content.ContentService;
import org.tidings.content.TidingsException;
import org.tidings.i18n.Messages;
import org.tidings.media.MediaLibrary;
import org.tidings.search.SearchIndex;
import org.tidings.site.MediaAddresses;
import org.tidings.site.OldLinks;
import org.tidings.site.Site;
import org.tidings.store.Stores;

/** The HTTP server: Javalin on Jetty with virtual threads, our headers, routes and error pages. */
public final class WebServer implements AutoCloseable {
    /** Room for the other fields of the upload form around the file. */
    private static final int UPLOAD_FORM_MARGIN = 64 * 1024;
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts listening on {@code config.host()} and {@code port} (0 picks a free one); public GET
     * routes go through {@code pages}, and every request but the health and metrics endpoints is
     * counted in {@code ops}' metrics.
     */
    static WebServer start(ContentService content, Stores stores, SearchIndex search, Site site, Templates templates,
            Admin admin, Inbox inbox, PageCache pages, ServerConfig serverConfig, Operations ops, int port) {
        OldLinks oldLinks = new OldLinks(stores, site, MediaAddresses.of(stores.media()));
        ErrorPages errors = new ErrorPages(oldLinks, site, templates, ops.observability().logClientAddresses());
        CanonicalPaths canonical = new CanonicalPaths(oldLinks);
        SecurityHeaders headers = new SecurityHeaders(site.baseUrl().startsWith("https:"),
                serverConfig.hstsIncludeSubdomains());
        TrustedProxies proxies = serverConfig.trustedProxies();
        String host = serverConfig.host();
        Javalin javalin = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            // Exact paths: CanonicalPaths redirects a missing slash first, and "/{year}/{month}/"
            // must not swallow "/assets/site.css".
            config.router.ignoreTrailingSlashes = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.jetty.modifyServer(server -> {
                server.setHandler(new RequestMetrics(ops.metrics(), new CachedPageHandler(pages, headers)));
                server.setErrorHandler(new JettyErrors(headers));
            });
            if (proxies.any()) {
                config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(proxies));
            }
            config.router.handlerWrapper(pages::wrap);
            config.routes.before(headers::apply);
            config.routes.before(ctx -> Messages.use(site.language()));
            config.routes.before(canonical::redirectIfNeeded);
            // Uploads are held in memory, never in a temporary file: the original still has its metadata.
            long uploadLimit = MediaLibrary.MAX_BYTES + UPLOAD_FORM_MARGIN;
            config.jetty.multipartConfig.maxFileSize(uploadLimit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(uploadLimit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) uploadLimit, SizeUnit.BYTES);
            config.routes.before(MediaScreen.PATH, ctx -> refuseOversizedUpload(ctx, uploadLimit));
            config.routes.before(admin.guard()::before);
            // Before the public routes: "/{year}/{month}/" would take "/admin/inbox/" for a month or a page.
            Routes.registerInbox(config, stores, templates, admin.guard(), inbox);
            Routes.register(config, content, stores, search, site, templates, admin, oldLinks);
            Routes.registerOperations(config, ops);
            config.routes.error(HttpStatus.NOT_FOUND.getCode(), "*", errors::notFound);
            config.routes.exception(ForbiddenResponse.class, admin.refusals()::show);
            config.routes.exception(UnauthorizedResponse.class, admin.refusals()::show);
            config.routes.exception(ContentTooLargeResponse.class, admin.refusals()::show);
            config.routes.exception(LengthRequiredResponse.class, admin.refusals()::show);
            config.routes.exception(Exception.class, errors::serverError);
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            javalin.stop();
            if (isAddressInUse(e)) {
                throw new TidingsException("port " + port + " on " + host
                        + " is already in use: stop the other program or choose another with --port", e);
            }
            throw e;
        }
        return new WebServer(javalin);
    }

    /**
     * A too-large upload is refused from its declared length, before its form is read (for the CSRF
     * check), where Jetty would fail it with a bare error; browsers always declare the length of a form.
     */
    private static void refuseOversizedUpload(Context ctx, long limit) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
            throw new LengthRequiredResponse("Send the upload with its length (Content-Length), as browsers do.");
        }
        if (length > limit) {
            throw new ContentTooLargeResponse("The file is larger than the " + MediaLibrary.MAX_BYTES / (1024 * 1024)
                    + " MB the media library takes: nothing was uploaded. Make it smaller and try again.");
        }
    }

    private static boolean isAddressInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    public int port() {
        return javalin.port();
    }

    /** Every registered route as "METHOD /path/{param}/", so tests can check each one's access rules. */
    public List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
