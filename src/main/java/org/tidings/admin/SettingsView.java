package org.tidings.admin;

import org.tidings.content.Problems;

/** The settings screen: the site's title and tagline as shown or as typed, the two-factor rule, and what is wrong at which field. */
public record SettingsView(AdminPage page, String siteTitle, String siteDescription, boolean requireTwoFactor,
        Problems problems) {
}
