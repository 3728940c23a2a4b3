package org.tidings.media;

/** A file of the library with its bytes, as stored and as served. */
public record StoredFile(MediaFile file, byte[] bytes) {
}
