package org.tidings.curation.fetch;

import org.tidings.i18n.Wording;

/** What an IP address is for; the fetcher connects only to {@link #PUBLIC} ones. */
public enum AddressKind {
    PUBLIC("curation.fetch.address.public"),
    UNSPECIFIED("curation.fetch.address.unspecified"),
    LOOPBACK("curation.fetch.address.loopback"),
    PRIVATE("curation.fetch.address.private"),
    LINK_LOCAL("curation.fetch.address.linkLocal"),
    SHARED("curation.fetch.address.shared"),
    UNIQUE_LOCAL("curation.fetch.address.uniqueLocal"),
    MULTICAST("curation.fetch.address.multicast"),
    BROADCAST("curation.fetch.address.broadcast"),
    DOCUMENTATION("curation.fetch.address.documentation"),
    RESERVED("curation.fetch.address.reserved");

    private final String key;

    AddressKind(String key) {
        this.key = key;
    }

    /** What it is, in words ("a loopback address"), to end "refused: HOST is ". */
    public Wording description() {
        return Wording.of(key);
    }
}
