package org.tidings.admin;

import io.javalin.http.Context;

/** An admin screen or action; it runs only after {@link AdminGuard} checked the login, role and CSRF token. */
@FunctionalInterface
public interface AdminHandler {
    void handle(Context ctx, AdminRequest request) throws Exception;
}
