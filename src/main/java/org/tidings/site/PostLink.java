package org.tidings.site;

/**
 * A link to another post by its title, as under a post (older, newer, related); {@code lang} is
 * the post's language when it differs from the page's (for the link's lang attribute), else null.
 */
public record PostLink(String title, String url, String lang) {
}
