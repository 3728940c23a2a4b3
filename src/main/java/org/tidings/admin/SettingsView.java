package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;
import org.tidings.i18n.Language;

/**
 * The settings screen: the site's title, tagline, time zone and language as shown or as typed
 * (with the zones and languages to choose from), the two-factor rule, and what is wrong at which field.
 */
public record SettingsView(AdminPage page, String siteTitle, String siteDescription, Language language,
        List<Language> languages, boolean requireTwoFactor, Problems problems, String siteZone, List<String> zones) {
}
