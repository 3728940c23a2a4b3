package org.tidings.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.tidings.content.ChangeKind;
import org.tidings.store.SettingStore;
import org.tidings.store.Stores;

/**
 * Signs short values with the site's secret key (HMAC-SHA256), so the server can tell values
 * it issued from forged ones without storing them: the pre-login CSRF token and the device
 * cookies. The key is made at first start and kept in the settings table, so every node of a
 * site signs and checks alike. Each use signs under its own purpose, so a value signed for one
 * cannot stand in for another.
 */
final class Signer {
    /** The setting that holds the key. */
    static final String KEY_SETTING = "security.signing_key";
    private static final String ALGORITHM = "HmacSHA256";
    /** Longer than anything we sign: a huge cookie is refused before any work. */
    private static final int MAX_LENGTH = 400;
    private final SecretKeySpec key;

    Signer(Stores stores) {
        SettingStore settings = stores.settings();
        String stored = settings.value(KEY_SETTING).orElseGet(() -> stores.database().writeReturning(changes -> {
            changes.touched(ChangeKind.SETTINGS);
            return settings.valueOrCreate(KEY_SETTING, Tokens::random);
        }));
        this.key = new SecretKeySpec(stored.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** {@code value} (which may contain dots), a dot, and its signature for {@code purpose}. */
    String sign(String purpose, String value) {
        return value + "." + signature(purpose, value);
    }

    /** The signature alone, for a value the bearer does not carry (the device cookie's account name). */
    String signature(String purpose, String value) {
        return mac(purpose, value);
    }

    /** Whether {@code signature} is this server's for {@code value} and {@code purpose}. */
    boolean signed(String purpose, String value, String signature) {
        return signature != null && Tokens.same(mac(purpose, value), signature);
    }

    /** The value {@code signed} carries, if it was signed here for {@code purpose}. */
    Optional<String> verified(String purpose, String signed) {
        if (signed == null || signed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = signed.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String value = signed.substring(0, dot);
        return signed(purpose, value, signed.substring(dot + 1)) ? Optional.of(value) : Optional.empty();
    }

    private String mac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((purpose + "\n" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }
}
