package org.tidings.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One upload in the library with its served files, narrowest first. {@code width} and
 * {@code height} are those of the widest file (0 for a PDF).
 */
public record MediaItem(long id, MediaKind kind, String originalName, String alt, int width, int height,
        Instant createdAt, List<MediaFile> files) {

    public MediaItem {
        files = files.stream().sorted(Comparator.comparingInt(MediaFile::width)).toList();
    }

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    /** The widest file: the item's public address. */
    public MediaFile largest() {
        return files.getLast();
    }

    /** The file's public path, {@code /media/HASH-WIDTH.ext} (or {@code /media/HASH.pdf}). */
    public String url() {
        return largest().path();
    }

    /** The file to show where a post's column is: the narrowest one at least {@code width} wide, else the widest. */
    public MediaFile fitting(int width) {
        return files.stream().filter(f -> f.width() >= width).findFirst().orElse(largest());
    }

    /** The {@code srcset} value of an image: each file's path and width. */
    public String srcset() {
        return files.stream().map(f -> f.path() + " " + f.width() + "w").collect(Collectors.joining(", "));
    }

    /** The thumbnail for lists: the narrowest file. */
    public MediaFile smallest() {
        return files.getFirst();
    }
}
