package org.tidings.site;

/** A named link, such as a category under a post. */
public record Link(String name, String url) {
}
