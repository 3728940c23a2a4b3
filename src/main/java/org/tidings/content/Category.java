package org.tidings.content;

/** A category; {@code parentId} is null for top-level categories. */
public record Category(long id, String name, String slug, String description, Long parentId) {
}
