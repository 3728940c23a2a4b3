package org.tidings.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.store.RecoveryCodeStore;

/** Ten single-use codes that stand in for the authenticator app when it is lost. */
final class RecoveryCodes {
    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final RecoveryCodeStore store;
    private final Clock clock;

    RecoveryCodes(RecoveryCodeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Replaces the user's codes with ten new ones, returned once to show; only their hashes are kept. */
    List<String> renew(long userId) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            codes.add(Tokens.from(ALPHABET, 5) + "-" + Tokens.from(ALPHABET, 5));
        }
        store.replace(userId, codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
    }

    /** Uses up {@code code} if it is one of the user's unused codes. */
    boolean use(long userId, String code) {
        return code != null && store.use(userId, hash(code), clock.instant());
    }

    int unused(long userId) {
        return store.unused(userId);
    }

    void forget(long userId) {
        store.deleteForUser(userId);
    }

    /** Codes are compared without case, spaces or dashes, as people copy them in any form. */
    private static String hash(String code) {
        return Tokens.sha256(code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT));
    }
}
