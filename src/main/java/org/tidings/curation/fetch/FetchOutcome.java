package org.tidings.curation.fetch;

/** How a fetch ended. Only {@link #OK} carries a body. */
public enum FetchOutcome {
    /** A 2xx answer with its body. */
    OK,
    /** 304: unchanged since the validators sent. */
    NOT_MODIFIED,
    /** Any other status (4xx, 5xx, a redirect without a usable Location). */
    HTTP_ERROR,
    /** The host is, or resolves to, an address that is not public. */
    REFUSED_ADDRESS,
    /** Not an http or https URL with a host. */
    BAD_URL,
    TIMEOUT,
    TOO_LARGE,
    TOO_MANY_REDIRECTS,
    /** DNS failure, connection refused or reset, TLS failure. */
    NETWORK_ERROR
}
