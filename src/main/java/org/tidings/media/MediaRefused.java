package org.tidings.media;

import org.tidings.content.TidingsException;

/** An upload the library will not take; the message says why, fit to show the person who sent it. */
public final class MediaRefused extends TidingsException {
    public MediaRefused(String message) {
        super(message);
    }

    public MediaRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
