package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;
import org.tidings.content.Role;

/**
 * The users screen: every account, the roles to choose from, an error about a change to an
 * account (null: none), what is wrong with the new-account form at its fields with the name typed
 * there, and, right after creating or resetting an account, its one-time password (null otherwise).
 */
public record UsersView(AdminPage page, List<UserRow> users, List<Role> roles, String error, Problems problems,
        String typedName, String oneTimeFor, String oneTimePassword) {
}
