package org.tidings.admin;

/** The settings screen. */
public record SettingsView(AdminPage page, boolean requireTwoFactor) {
}
