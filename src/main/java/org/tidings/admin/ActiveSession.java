package org.tidings.admin;

import org.tidings.content.User;
import org.tidings.store.StoredSession;

/** A valid, unexpired session and the enabled account it belongs to. */
record ActiveSession(StoredSession stored, User user) {

    boolean complete() {
        return Sessions.FULL.equals(stored.stage());
    }

    CurrentUser currentUser() {
        return CurrentUser.of(user);
    }
}
