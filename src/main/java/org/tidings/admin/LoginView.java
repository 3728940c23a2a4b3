package org.tidings.admin;

/** The login form: the name typed before (kept after a failure), an error (null: none), where to go next. */
public record LoginView(AdminPage page, String username, String error, String next) {
}
