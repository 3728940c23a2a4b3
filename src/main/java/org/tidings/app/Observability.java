package org.tidings.app;

/**
 * What the operator lets the server reveal about itself and its readers: the addresses allowed to
 * read {@code /metrics} (none: it answers 404 to everyone), and whether logs name client addresses.
 */
public record Observability(AddressRanges metricsAllowed, boolean logClientAddresses) {
    /** No metrics for anyone and no addresses in logs: the default. */
    public static final Observability PRIVATE = new Observability(AddressRanges.NONE, false);
}
