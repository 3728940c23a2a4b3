package org.tidings.transfer.wordpress;

import org.tidings.content.TidingsException;

/** A file refused before anything of it was imported: not WXR, or not well-formed XML; the message names the line. */
public final class NotImportable extends TidingsException {
    public NotImportable(String message) {
        super(message);
    }

    public NotImportable(String message, Throwable cause) {
        super(message, cause);
    }
}
