package org.tidings.store;

import org.tidings.content.TidingsException;

/** A database URL Tidings cannot use; the message says why and never repeats a password. */
public final class BadDatabaseUrl extends TidingsException {
    public BadDatabaseUrl(String message) {
        super(message);
    }
}
