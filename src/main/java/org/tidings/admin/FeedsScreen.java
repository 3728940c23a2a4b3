package org.tidings.admin;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Problems;
import org.tidings.content.TidingsException;
import org.tidings.curation.Curation;
import org.tidings.curation.Feed;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.i18n.Wording;
import org.tidings.store.SettingStore;
import org.tidings.store.Stores;

/**
 * {@code /admin/feeds/}, for editors: the followed feeds with their last fetch, status, items, last
 * error and next fetch (and why then); follow one by its URL or a page's URL (autodiscovery); stop
 * following one; import and export OPML.
 */
public final class FeedsScreen {
    public static final String BASE = "/admin/feeds/";
    /** An OPML file of thousands of feeds is far smaller than this. */
    private static final int MAX_OPML_BYTES = 5 * 1024 * 1024;
    private final Curation curation;
    private final Stores stores;
    private final Templates templates;

    public FeedsScreen(Curation curation, Stores stores, Templates templates) {
        this.curation = curation;
        this.stores = stores;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> render(ctx, request, "", Problems.NONE, null, HttpStatus.OK);
    }

    public AdminHandler add() {
        return (ctx, request) -> {
            String url = ctx.formParam("url") == null ? "" : ctx.formParam("url").strip();
            try {
                Messages.in(stores.settings().siteLanguage(), () -> curation.addFeed(url));
            } catch (TidingsException e) {
                render(ctx, request, url, Problems.of("url", e.getMessage()), null, HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    public AdminHandler delete() {
        return (ctx, request) -> {
            Long id = InboxScreen.id(ctx.pathParam("id"));
            if (id == null || curation.feed(Long.toString(id)).isEmpty()) {
                throw new BadRequestResponse(Messages.t("inbox.feeds.unknown"));
            }
            curation.removeFeed(id);
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    public AdminHandler importOpml() {
        return (ctx, request) -> {
            UploadedFile file = ctx.uploadedFile("opml");
            if (file == null || file.size() == 0 || file.size() > MAX_OPML_BYTES) {
                render(ctx, request, "", Problems.of("opml", Messages.t("inbox.feeds.opmlMissing")), null,
                        HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            Curation.OpmlImport done;
            try (InputStream in = file.content()) {
                done = curation.importOpml(in.readAllBytes());
            } catch (IOException | TidingsException e) {
                render(ctx, request, "", Problems.of("opml", Messages.t("inbox.feeds.opmlUnreadable", e.getMessage())),
                        null, HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            // Shown at once rather than after a redirect: the reasons are too long for an address, and
            // sending the form again is harmless (feeds already followed are skipped).
            render(ctx, request, "", Problems.NONE, imported(done), HttpStatus.OK);
        };
    }

    public AdminHandler exportOpml() {
        return (ctx, request) -> {
            String title = stores.settings().value(SettingStore.SITE_TITLE, "Tidings");
            ctx.contentType("text/x-opml; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"feeds.opml\"");
            ctx.result(curation.exportOpml(title));
        };
    }

    private void render(Context ctx, AdminRequest request, String url, Problems problems,
            FeedsView.Imported imported, HttpStatus status) {
        ZoneId zone = stores.settings().siteZone();
        FeedsView view = Messages.in(stores.settings().siteLanguage(), () -> new FeedsView(
                request.page(Messages.t("inbox.feeds.title")),
                curation.listFeeds().stream().map(feed -> row(feed, zone)).toList(), url, problems, imported));
        ctx.status(status).html(templates.render("admin/feeds.jte", view));
    }

    private static FeedsView.Row row(Feed feed, ZoneId zone) {
        return new FeedsView.Row(feed.id(), feed.outlet(), feed.title() == null ? feed.url() : feed.title(), feed.url(),
                time(feed.lastFetchAt(), zone), feed.lastStatus() == null ? "" : feed.lastStatus().toString(),
                feed.itemCount(), words(feed.lastError()), time(feed.nextFetchAt(), zone), words(feed.nextFetchReason()));
    }

    private static String time(Instant when, ZoneId zone) {
        return when == null ? "" : Dates.minute(when, zone);
    }

    private static String words(Wording wording) {
        return wording == null ? "" : wording.text();
    }

    private static FeedsView.Imported imported(Curation.OpmlImport done) {
        return new FeedsView.Imported(done.added().size(), done.skipped().entrySet().stream()
                .map(skipped -> new FeedsView.Skipped(skipped.getKey(), skipped.getValue())).toList());
    }
}
