package org.tidings.curation.fetch;

/**
 * What to fetch: a URL, the validators kept from its last answer (either may be null) for a
 * conditional GET, and what we accept.
 */
public record FetchRequest(String url, String etag, String lastModified, String accept) {
    public static final String FEEDS = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    public static final String PAGES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public static FetchRequest feed(String url, String etag, String lastModified) {
        return new FetchRequest(url, etag, lastModified, FEEDS);
    }

    public static FetchRequest page(String url) {
        return new FetchRequest(url, null, null, PAGES);
    }
}
