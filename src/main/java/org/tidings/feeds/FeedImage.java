package org.tidings.feeds;

/** A post's featured image as feeds carry it: absolute URL, type and length in bytes (for an enclosure). */
public record FeedImage(String url, String contentType, long length, String alt) {
}
