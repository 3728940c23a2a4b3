package org.tidings.curation;

import java.time.Instant;
import org.tidings.i18n.Wording;

/**
 * A followed feed of an outlet and how its polling goes: the validators of its last answer for a
 * conditional GET, when it is fetched next and why, and its last status and error (null when none),
 * worded when shown.
 */
public record Feed(long id, long sourceId, String outlet, String url, String title, String siteUrl, String etag,
        String lastModified, Instant nextFetchAt, Wording nextFetchReason, Instant lastFetchAt, Integer lastStatus,
        Wording lastError, int errorCount, int itemCount, Instant createdAt) {
}
