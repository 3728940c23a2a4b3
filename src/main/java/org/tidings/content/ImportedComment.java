package org.tidings.content;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment an importer brings, on a post or a page. {@code parentIndex} is the place of the
 * comment it answers in the same list, -1 for none.
 */
public record ImportedComment(String importKey, String authorName, String authorEmail, String authorUrl,
        SafeHtml body, String status, String kind, Instant createdAt, int parentIndex) {

    public ImportedComment {
        Objects.requireNonNull(importKey, "importKey");
        Objects.requireNonNull(body, "body");
        authorName = authorName == null ? "" : authorName.strip();
    }
}
