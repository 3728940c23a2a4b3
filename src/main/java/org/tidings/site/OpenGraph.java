package org.tidings.site;

/**
 * What a page tells link previews (OpenGraph, Twitter card): its headline, {@code website} or
 * {@code article}, and the publication time of an article, null when it is unknown.
 */
public record OpenGraph(String title, String type, String publishedTime) {

    public static OpenGraph website(String title) {
        return new OpenGraph(title, "website", null);
    }

    public static OpenGraph article(String title, String publishedTime) {
        return new OpenGraph(title, "article", publishedTime);
    }
}
