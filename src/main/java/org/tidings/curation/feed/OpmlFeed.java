package org.tidings.curation.feed;

/** One feed of an OPML list: its title (may be null), its feed URL and the site's URL (may be null). */
public record OpmlFeed(String title, String xmlUrl, String htmlUrl) {
}
