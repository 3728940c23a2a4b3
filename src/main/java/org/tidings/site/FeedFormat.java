package org.tidings.site;

/** The formats every listing's feed is offered in, with the path each adds to the feed's base path. */
public enum FeedFormat {
    RSS("", "application/rss+xml", "RSS"),
    ATOM("atom/", "application/atom+xml", "Atom"),
    JSON("json/", "application/feed+json", "JSON Feed");

    private final String pathSuffix;
    private final String mediaType;
    private final String label;

    FeedFormat(String pathSuffix, String mediaType, String label) {
        this.pathSuffix = pathSuffix;
        this.mediaType = mediaType;
        this.label = label;
    }

    /** What follows {@code feed/} in this format's path: nothing for RSS, as in WordPress. */
    public String pathSuffix() {
        return pathSuffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: the media type in UTF-8. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    public String label() {
        return label;
    }
}
