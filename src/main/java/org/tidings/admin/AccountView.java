package org.tidings.admin;

/** The "your account" page: whether two-factor login is on and how many recovery codes are left. */
public record AccountView(AdminPage page, boolean twoFactor, int recoveryCodesLeft, boolean twoFactorRequired) {
}
