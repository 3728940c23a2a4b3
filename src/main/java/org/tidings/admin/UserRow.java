package org.tidings.admin;

import org.tidings.content.Role;

/** One account as the users screen lists it; {@code self} marks the admin looking at it. */
public record UserRow(long id, String username, Role role, boolean twoFactor, boolean disabled,
        boolean mustChangePassword, String lastLogin, boolean self) {
}
