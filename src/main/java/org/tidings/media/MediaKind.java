package org.tidings.media;

/** What an item of the library is: an image (served in several widths) or a PDF (served once). */
public enum MediaKind {
    IMAGE, PDF;

    public String db() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MediaKind fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
