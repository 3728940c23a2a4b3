package org.tidings.site;

/** A feed announced in a page's head for autodiscovery: its title, media type and absolute URL. */
public record FeedLink(String title, String type, String url) {
}
