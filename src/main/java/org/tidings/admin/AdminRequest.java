package org.tidings.admin;

/**
 * What an admin handler knows of its request: who is logged in, the CSRF token its forms
 * carry, and a one-time notice to show (null: none).
 */
public record AdminRequest(CurrentUser user, String csrfToken, String notice) {

    /** The layout header of a page titled {@code title}. */
    public AdminPage page(String title) {
        return new AdminPage(title, user, csrfToken, notice);
    }
}
