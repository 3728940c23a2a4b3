package org.tidings.content;

import java.time.Instant;

/** A post as it was saved at {@code createdAt} by {@code userId} (null: not by a person, e.g. an import). */
public record Revision(long id, long postId, Instant createdAt, Long userId, PostInput content) {
}
