package org.tidings.content;

/** A post, revision or term asked for by id does not exist (any more). */
public final class NotFoundException extends TidingsException {
    public NotFoundException(String message) {
        super(message);
    }
}
