package org.tidings.admin;

import io.javalin.http.Context;
import org.tidings.app.Templates;

/** The admin's start page at /admin/: where each role's work begins. */
public final class Dashboard implements AdminHandler {
    private final Templates templates;

    public Dashboard(Templates templates) {
        this.templates = templates;
    }

    @Override
    public void handle(Context ctx, AdminRequest request) {
        ctx.html(templates.render("admin/dashboard.jte", new DashboardView(request.page("Dashboard"))));
    }
}
