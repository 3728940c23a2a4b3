package org.tidings.admin;

/**
 * What {@code admin/layout.jte} shows around every admin page: its title, the logged-in user
 * (null on the login pages), the CSRF token of the logout form, and a notice (null: none).
 */
public record AdminPage(String title, CurrentUser user, String csrfToken, String notice) {

    /** The hidden field's name every admin form uses for the CSRF token. */
    public String csrfField() {
        return Csrf.FIELD;
    }
}
