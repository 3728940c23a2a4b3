package org.tidings.content;

import java.time.Instant;

/**
 * An account of the admin. {@code authorId} is the byline its posts get by default; the
 * password hash and two-factor secret never leave the admin package's checks.
 */
public record User(
        long id,
        String username,
        String passwordHash,
        Role role,
        boolean disabled,
        boolean mustChangePassword,
        Long authorId,
        String totpSecret,
        boolean totpEnabled,
        long totpLastStep,
        Instant createdAt,
        Instant lastLoginAt) {
}
