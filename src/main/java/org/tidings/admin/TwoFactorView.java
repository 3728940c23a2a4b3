package org.tidings.admin;

/**
 * The two-factor page. While enrolling: the QR code and the secret in text (grouped by four
 * for typing); once on: how many recovery codes are left. {@code error} null when none.
 */
public record TwoFactorView(AdminPage page, boolean enabled, QrCode qr, String secret, int recoveryCodesLeft,
        String error) {
}
