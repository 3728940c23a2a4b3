package org.tidings.admin;

import java.util.List;
import org.tidings.content.Role;

/**
 * The users screen: every account, the roles to choose from, an error (null: none) and, right
 * after creating or resetting an account, its one-time password (null otherwise).
 */
public record UsersView(AdminPage page, List<UserRow> users, List<Role> roles, String error, String oneTimeFor,
        String oneTimePassword) {
}
