package org.tidings.testing;

import org.tidings.content.Actor;

/** Actors for tests that write content as a person without logging one in. */
public final class Actors {
    private Actors() {
    }

    /** The account with id {@code userId}, acting from no known address. */
    public static Actor person(long userId) {
        return new Actor.Person(userId, "user" + userId, null);
    }
}
