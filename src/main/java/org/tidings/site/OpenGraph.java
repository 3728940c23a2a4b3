package org.tidings.site;

/**
 * What a page tells link previews (OpenGraph, Twitter card): its headline, {@code website} or
 * {@code article}, the publication time of an article, null when it is unknown, and the absolute
 * address of its image (a post's featured image), null when it has none.
 */
public record OpenGraph(String title, String type, String publishedTime, String image) {

    public static OpenGraph website(String title) {
        return new OpenGraph(title, "website", null, null);
    }

    public static OpenGraph article(String title, String publishedTime) {
        return new OpenGraph(title, "article", publishedTime, null);
    }

    public OpenGraph withImage(String absoluteUrl) {
        return new OpenGraph(title, type, publishedTime, absoluteUrl);
    }
}
