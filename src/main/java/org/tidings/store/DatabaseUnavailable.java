package org.tidings.store;

import org.tidings.content.TidingsException;

/** The configured database cannot be reached or refused us; the message names it without its password. */
public final class DatabaseUnavailable extends TidingsException {
    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
