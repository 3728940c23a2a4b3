package org.tidings.site;

/**
 * A post as a listing shows it: the post's title, byline and source line, and a short teaser in place of
 * its body, which only the post's own page shows. {@code teaser} is plain text (the excerpt, or the start
 * of the body) and may be empty.
 */
public record PostCard(PostView post, String teaser) {
}
