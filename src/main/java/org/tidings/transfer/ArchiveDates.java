package org.tidings.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reads the dates bylines are written with ("March 5, 2020", "5 March 2020", "2020-03-05"...). */
final class ArchiveDates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            "MMMM d, uuuu", "MMMM d uuuu", "d MMMM uuuu", "MMM d, uuuu", "d MMM uuuu", "uuuu-MM-dd",
            "uuuu/MM/dd", "EEEE, MMMM d, uuuu", "EEEE d MMMM uuuu").stream()
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();

    private ArchiveDates() {
    }

    /** The date in {@code text}, or null when it is empty or in no known form. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replaceAll("(?i)\\s+at\\s+.*$", "").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1")
                .replaceAll("\\.$", "");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(cleaned, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
