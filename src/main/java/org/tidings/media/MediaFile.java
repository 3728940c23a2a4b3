package org.tidings.media;

/**
 * One served file of an item: an image in one width, or the PDF. {@code name} is its last path
 * part under {@code /media/}; {@code width} and {@code height} are 0 for a PDF.
 */
public record MediaFile(String name, String contentType, int width, int height, long size) {
    public static final String PATH = "/media/";

    /** The file's address on this site. */
    public String path() {
        return PATH + name;
    }
}
