package org.tidings.admin;

/** The second login step: the code form, an error (null: none), and where to go next. */
public record TwoFactorLoginView(AdminPage page, String error, String next) {
}
