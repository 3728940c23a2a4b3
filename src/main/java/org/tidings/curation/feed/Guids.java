package org.tidings.curation.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An item's identity: the feed's own id, else its URL, else a digest of its title and text. */
final class Guids {
    private Guids() {
    }

    static String of(String id, String url, String title, String text) {
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        if (url != null) {
            return url;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return "urn:sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
