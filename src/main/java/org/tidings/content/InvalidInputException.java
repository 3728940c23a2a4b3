package org.tidings.content;

/** Input that a caller should have checked first was refused: a bug in that caller, not a user's typo. */
public final class InvalidInputException extends TidingsException {
    public InvalidInputException(String message) {
        super(message);
    }
}
