package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.tidings.app.SafeRedirect;

/** Ends the session on the server (not only in this browser) and returns to the login form. */
public final class Logout implements AdminHandler {
    private final Sessions sessions;
    private final AuditLog audit;

    Logout(Sessions sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public void handle(Context ctx, AdminRequest request) {
        sessions.end(ctx);
        audit.record(ctx, request.user(), AuditEvent.LOGOUT, request.user().username());
        SafeRedirect.to(ctx, AdminGuard.LOGIN + "?logged-out", HttpStatus.SEE_OTHER);
    }
}
