package org.tidings.testing;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/** What an authenticator app does with a base32 secret: RFC 6238 codes, computed with java-otp. */
public final class Authenticator {
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private final SecretKeySpec key;

    public Authenticator(String base32Secret) {
        this.key = new SecretKeySpec(decode(base32Secret), "HmacSHA1");
    }

    public String codeAt(Instant time) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(key, time);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
