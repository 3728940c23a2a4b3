package org.tidings.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** RFC 6238 appendix B's SHA-1 secret, "12345678901234567890". */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void base32MatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("mzxw 6ytb oi"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    }

    @Test
    void codesMatchRfc6238TestVectors() {
        // The RFC lists 8 digits; authenticator apps show the last 6.
        assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1111111109L);
        String code = Totp.code(RFC_SECRET, 1111111109L / 30);
        assertThat(Totp.matchingStep(RFC_SECRET, code, now)).hasValue(1111111109L / 30);
        assertThat(Totp.matchingStep(RFC_SECRET, code, now.plusSeconds(30))).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, code, now.minusSeconds(30))).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, code, now.plusSeconds(90))).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void theEnrolmentAddressNamesTheSiteAndTheUser() {
        assertThat(Totp.uri("Refugee News", "alice", "ABCD"))
                .isEqualTo("otpauth://totp/Refugee%20News:alice?secret=ABCD&issuer=Refugee%20News"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(QrCode.of("otpauth://totp/x:y?secret=ABCD").path()).startsWith("M4 4h1v1h-1z");
    }
}
