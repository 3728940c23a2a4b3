package org.tidings.admin;

/** The change-password form; {@code error} null when there is none, {@code forced} at first login. */
public record PasswordView(AdminPage page, String error, boolean forced) {
}
