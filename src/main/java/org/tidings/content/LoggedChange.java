package org.tidings.content;

/** A change as read back from the change log, with its place in the log's order. */
public record LoggedChange(long seq, ContentChange change) {
}
