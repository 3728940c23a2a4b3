package org.tidings.admin;

/**
 * The answer to an editor form that could not be saved: the login form (or, when {@code loggedIn},
 * a link) leading to {@code next}, the editor with the kept text; and the text itself, to copy.
 */
public record KeptView(AdminPage page, boolean loggedIn, String next, String title, String body) {
}
