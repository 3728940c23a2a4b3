package org.tidings.content;

/** A byline: a real name or a pseudonym, which is normal here. */
public record Author(long id, String name, String slug, String bio) {
}
