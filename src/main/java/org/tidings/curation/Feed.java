package org.tidings.curation;

import java.time.Instant;

/**
 * A followed feed of an outlet and how its polling goes: the validators of its last answer for a
 * conditional GET, when it is fetched next and why, and its last status and error (null when none).
 */
public record Feed(long id, long sourceId, String outlet, String url, String title, String siteUrl, String etag,
        String lastModified, Instant nextFetchAt, String nextFetchReason, Instant lastFetchAt, Integer lastStatus,
        String lastError, int errorCount, int itemCount, Instant createdAt) {
}
