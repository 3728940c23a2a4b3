package org.tidings.store;

/**
 * How many posts are published and the latest {@code updated_at} among them (epoch millis, 0 when
 * none): every publish, edit, unpublish or delete changes one or the other.
 */
public record PublishedState(long published, long lastUpdateMillis) {
}
