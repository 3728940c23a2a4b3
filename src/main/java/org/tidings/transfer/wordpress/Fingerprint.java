package org.tidings.transfer.wordpress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short hash of what an import takes from an item: equal fingerprints, nothing to update. */
final class Fingerprint {
    /** Changes when what the importer takes from items changes, so a newer importer updates everything once. */
    private static final String VERSION = "1";

    private Fingerprint() {
    }

    static String of(String... fields) {
        MessageDigest digest = sha256();
        digest.update(VERSION.getBytes(StandardCharsets.UTF_8));
        for (String field : fields) {
            digest.update((byte) 0);
            digest.update((field == null ? "" : field).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** An item's fingerprint: the record's own text, which holds all of it (meta, terms, comments). */
    static String of(WxrItem item) {
        return of(item.toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
