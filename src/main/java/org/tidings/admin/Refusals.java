package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.tidings.app.Templates;
import org.tidings.i18n.Messages;

/**
 * Answers a refused admin request (401 not logged in, 403 no token or role) with an admin page
 * that says why and links on, where a bare line of text would leave an editor stranded.
 */
public final class Refusals {
    private final Templates templates;

    Refusals(Templates templates) {
        this.templates = templates;
    }

    public void show(HttpResponseException refusal, Context ctx) {
        boolean loggedOut = refusal.getStatus() == HttpStatus.UNAUTHORIZED.getCode();
        boolean tooLarge = refusal.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode();
        AdminPage page = new AdminPage(Messages.t(loggedOut ? "admin.refused.log_in" : tooLarge ? "admin.refused.too_large" : "admin.refused.not_allowed"), null, null,
                null);
        RefusedView view = tooLarge ? new RefusedView(page, refusal.getMessage(), MediaScreen.PATH, Messages.t("admin.refused.back_media"))
                : loggedOut
                ? new RefusedView(page, refusal.getMessage(), "/admin/login/", Messages.t("admin.login.submit"))
                : new RefusedView(page, refusal.getMessage(), "/admin/", Messages.t("admin.refused.back_dashboard"));
        ctx.status(refusal.getStatus()).html(templates.render("admin/refused.jte", view));
    }
}
