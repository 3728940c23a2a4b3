package org.tidings.admin;

import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.content.Problems;
import org.tidings.store.Stores;

/**
 * The Redirects screen at {@code /admin/redirects/}, for editors: the redirects by old path, 50 a
 * page; add one (both ends paths of this site); delete one. Addresses imports recorded answer
 * too but are not listed here: {@code tidings redirect list} shows them.
 */
public final class RedirectAdmin {
    public static final String BASE = "/admin/redirects/";
    private static final int PER_PAGE = 50;
    private final ContentService content;
    private final Stores stores;
    private final Templates templates;

    public RedirectAdmin(ContentService content, Stores stores, Templates templates) {
        this.content = content;
        this.stores = stores;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> render(ctx, request, "", "", Problems.NONE, HttpStatus.OK);
    }

    public AdminHandler add() {
        return (ctx, request) -> {
            String from = value(ctx, "from");
            String to = value(ctx, "to");
            Problems problems = content.redirects().add(from, to);
            if (!problems.isEmpty()) {
                render(ctx, request, from, to, problems, HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    public AdminHandler delete() {
        return (ctx, request) -> {
            content.redirects().remove(value(ctx, "from"));
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    private void render(Context ctx, AdminRequest request, String from, String to, Problems problems,
            HttpStatus status) {
        int total = stores.redirects().count();
        int pages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        String asked = ctx.queryParam("page");
        int page = asked != null && asked.matches("[1-9][0-9]{0,6}") ? Math.min(Integer.parseInt(asked), pages) : 1;
        ctx.status(status).html(templates.render("admin/redirects.jte", new RedirectsView(
                request.page(page > 1 ? Messages.t("words.redirects.page", page) : Messages.t("admin.nav.redirects")),
                stores.redirects().list((page - 1) * PER_PAGE, PER_PAGE), total, from, to, problems,
                page > 1 ? BASE + "?page=" + (page - 1) : null, page < pages ? BASE + "?page=" + (page + 1) : null)));
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
