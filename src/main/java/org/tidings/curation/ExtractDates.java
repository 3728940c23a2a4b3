package org.tidings.curation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Reads the publication dates pages write: ISO 8601 with or without a colon in the offset or
 * a T, with or without fractions of a second, RFC 1123, or a bare date. A time without zone is
 * taken as UTC, a bare date as its start in UTC.
 */
final class ExtractDates {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> OFFSETS = List.of(
            new DateTimeFormatterBuilder().append(LOCAL).appendOffset("+HH:MM", "Z").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().append(LOCAL).appendOffset("+HHMM", "Z").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().append(LOCAL).appendOffset("+HH", "Z").toFormatter(Locale.ROOT),
            new DateTimeFormatterBuilder().append(LOCAL).appendLiteral(' ').appendOffset("+HH:MM", "Z").toFormatter(Locale.ROOT),
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private ExtractDates() {
    }

    /** The instant the text names, or null when it names none we can read. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter format : OFFSETS) {
            try {
                return OffsetDateTime.parse(value, format).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return LocalDateTime.parse(value, LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
