package org.tidings.store;

/**
 * Something an import brought from another site: {@code kind} (post, page, attachment, category,
 * tag, author, comment) and {@code sourceId} there; {@code targetId} what it became here;
 * {@code oldPath} its path on the old site; {@code fingerprint} of its content at the last run.
 */
public record ImportedItem(String sourceSite, String kind, String sourceId, Long targetId, String oldPath,
        String fingerprint) {
}
