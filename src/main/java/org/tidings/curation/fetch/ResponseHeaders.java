package org.tidings.curation.fetch;

import java.time.Duration;

/**
 * What the poller needs from an answer's headers; each may be null. {@code retryAfter} is the
 * wait that Retry-After asked for, given in seconds or as a date; {@code charset} comes from
 * Content-Type.
 */
public record ResponseHeaders(String etag, String lastModified, Duration maxAge, Duration retryAfter,
        String contentType, String charset) {
    public static final ResponseHeaders NONE = new ResponseHeaders(null, null, null, null, null, null);
}
