package org.tidings.content;

/** A free-form label on posts. */
public record Tag(long id, String name, String slug) {
}
