package org.tidings.transfer.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** WordPress's {@code YYYY-MM-DD HH:MM:SS} dates; {@code 0000-00-00 00:00:00} means "never set". */
final class WxrDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WxrDates() {
    }

    /** A GMT date, when set and readable. */
    static Optional<Instant> gmt(String text) {
        return local(text, ZoneOffset.UTC);
    }

    /** A date in {@code zone}, when set and readable. */
    static Optional<Instant> local(String text, ZoneId zone) {
        if (isUnset(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} says no date at all, rather than a date that cannot be read. */
    static boolean isUnset(String text) {
        return text == null || text.isBlank() || text.strip().startsWith("0000-00-00");
    }
}
