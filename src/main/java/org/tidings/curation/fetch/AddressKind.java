package org.tidings.curation.fetch;

/** What an IP address is for; the fetcher connects only to {@link #PUBLIC} ones. */
public enum AddressKind {
    PUBLIC("a public address"),
    UNSPECIFIED("the unspecified address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private network address"),
    LINK_LOCAL("a link-local address"),
    SHARED("a carrier-grade NAT address (100.64.0.0/10)"),
    UNIQUE_LOCAL("a unique-local IPv6 address (fc00::/7)"),
    MULTICAST("a multicast address"),
    BROADCAST("the broadcast address"),
    DOCUMENTATION("a documentation address"),
    RESERVED("a reserved address");

    private final String description;

    AddressKind(String description) {
        this.description = description;
    }

    /** Fit to end "refused: ... is ". */
    public String description() {
        return description;
    }
}
