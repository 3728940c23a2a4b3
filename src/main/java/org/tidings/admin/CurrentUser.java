package org.tidings.admin;

import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.content.User;

/**
 * The logged-in user of an admin request. {@code authorId} is the byline new posts get by
 * default (null: none chosen yet).
 */
public record CurrentUser(long id, String username, Role role, Long authorId) {

    static CurrentUser of(User user) {
        return new CurrentUser(user.id(), user.username(), user.role(), user.authorId());
    }

    /** This user as the actor of a change made from {@code address}, the client's address. */
    public Actor actor(String address) {
        return new Actor.Person(id, username, address);
    }

    public boolean may(Role minimum) {
        return role.atLeast(minimum);
    }

    /**
     * Whether this user may open, change or delete an object owned by {@code ownerUserId}:
     * editors and admins may touch anyone's, contributors only their own.
     */
    public boolean mayChange(Long ownerUserId) {
        return may(Role.EDITOR) || (ownerUserId != null && ownerUserId == id);
    }
}
