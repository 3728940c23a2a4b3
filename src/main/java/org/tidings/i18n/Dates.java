package org.tidings.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates as readers of the language being rendered write them: "1 December 2026" or
 * "2026년 12월 1일". The patterns live in the message bundles (keys {@code date.*}), so a new
 * language brings its own with its bundle. Machine formats (feeds, {@code datetime}) stay ISO/RFC.
 */
public final class Dates {
    private Dates() {
    }

    /** A day, in the language of the page being rendered. */
    public static String day(LocalDate date) {
        return format("date.day", date);
    }

    /** The day {@code instant} falls on in {@code zone}. */
    public static String day(Instant instant, ZoneId zone) {
        return day(instant.atZone(zone).toLocalDate());
    }

    /** A month, as a month archive names it: "December 2026", "2026년 12월". */
    public static String month(YearMonth month) {
        return format("date.month", month);
    }

    /**
     * A moment to the minute in {@code zone}: the one way admin screens show when something happened or
     * will ("2 Dec 2026, 09:00", "2026년 12월 2일 09:00"). Screens pass the site's zone.
     */
    public static String minute(Instant instant, ZoneId zone) {
        return format("date.minute", instant.atZone(zone).toLocalDateTime());
    }

    /** A moment to the second in {@code zone}, for audit trails and revisions. */
    public static String second(Instant instant, ZoneId zone) {
        return format("date.second", instant.atZone(zone).toLocalDateTime());
    }

    private static String format(String key, java.time.temporal.TemporalAccessor when) {
        Language language = Messages.language();
        return DateTimeFormatter.ofPattern(Messages.text(language, key), language.locale()).format(when);
    }
}
