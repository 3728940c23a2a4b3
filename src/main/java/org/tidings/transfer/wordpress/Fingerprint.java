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
        add(digest, VERSION);
        for (String field : fields) {
            add(digest, field);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** An item's fingerprint: all of it (meta, terms and comments too). */
    static String of(WxrItem item) {
        MessageDigest digest = sha256();
        add(digest, VERSION);
        for (String field : new String[] {item.postId(), item.postType(), item.status(), item.title(), item.link(),
                item.guid(), item.creator(), item.content(), item.excerpt(), item.postDate(), item.postDateGmt(),
                item.postName(), item.postParent(), item.menuOrder(), String.valueOf(item.sticky()),
                item.attachmentUrl()}) {
            add(digest, field);
        }
        item.terms().forEach(t -> add(digest, t.domain(), t.slug(), t.name()));
        item.meta().forEach(m -> add(digest, m.key(), m.value()));
        for (WxrComment c : item.comments()) {
            add(digest, c.id(), c.author(), c.authorEmail(), c.authorUrl(), c.date(), c.dateGmt(), c.content(),
                    c.approved(), c.type(), c.parent());
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static void add(MessageDigest digest, String... fields) {
        for (String field : fields) {
            digest.update((field == null ? "" : field).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
