package org.tidings.site;

/** The head of a page: its own title and description, and its canonical absolute URL. */
public record PageMeta(String title, String description, String canonicalUrl, String siteTitle) {
}
