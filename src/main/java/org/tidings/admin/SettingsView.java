package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The settings screen: the site's title, tagline and time zone as shown or as typed (with the
 * zones to choose from), the two-factor rule, and what is wrong at which field.
 */
public record SettingsView(AdminPage page, String siteTitle, String siteDescription, boolean requireTwoFactor,
        Problems problems, String siteZone, List<String> zones) {
}
