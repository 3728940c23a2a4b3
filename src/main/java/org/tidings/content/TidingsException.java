package org.tidings.content;

/** The one unchecked base exception of Tidings; subclasses name the failure, and its message is fit to show a user. */
public class TidingsException extends RuntimeException {
    public TidingsException(String message) {
        super(message);
    }

    public TidingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
