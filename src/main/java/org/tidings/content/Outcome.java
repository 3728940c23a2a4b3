package org.tidings.content;

/**
 * The result of a change that may be refused: its value when done, or the problems that stopped
 * it (and then nothing changed).
 */
public record Outcome<T>(T value, Problems problems) {

    public static <T> Outcome<T> done(T value) {
        return new Outcome<>(value, Problems.NONE);
    }

    public static <T> Outcome<T> refused(Problems problems) {
        return new Outcome<>(null, problems);
    }

    public static <T> Outcome<T> refused(String field, String message) {
        return refused(Problems.of(field, message));
    }

    public boolean isDone() {
        return problems.isEmpty();
    }

    /** The value, for callers whose input cannot be refused: a refusal there is a bug, so it throws. */
    public T orThrow() {
        if (!isDone()) {
            throw new InvalidInputException(String.join(" ", problems.messages()));
        }
        return value;
    }
}
