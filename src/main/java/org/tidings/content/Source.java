package org.tidings.content;

/** An outside outlet that posts excerpt, shown as "[Name]" under a post. */
public record Source(long id, String name, String slug, String homepageUrl) {
}
