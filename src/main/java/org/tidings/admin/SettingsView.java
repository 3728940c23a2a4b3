package org.tidings.admin;

/** The settings screen: the site's title and tagline as shown or as typed, the two-factor rule, and an error (null: none). */
public record SettingsView(AdminPage page, String siteTitle, String siteDescription, boolean requireTwoFactor,
        String error) {
}
