package org.tidings.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date part of a post's address: a day ({@code /YYYY/MM/DD/slug/}) or none ({@code day} null:
 * {@code /post/slug/}, for a post whose date is unknown). Fixed when the post is first published
 * and stored ({@code posts.path_date}), so that a new site zone or a new date does not move it.
 */
public record AddressDate(LocalDate day) {
    /** How an address without a date is stored. */
    public static final String UNDATED = "undated";

    public static AddressDate undated() {
        return new AddressDate(null);
    }

    /** The address date a post published at {@code when} gets, in {@code zone}; none when its date is unknown. */
    public static AddressDate of(Instant when, boolean dateUnknown, ZoneId zone) {
        return dateUnknown ? undated() : new AddressDate(when.atZone(zone).toLocalDate());
    }

    /** The stored address date, or (null: not fixed yet) the one {@link #of} would fix. */
    public static AddressDate of(String stored, Instant when, boolean dateUnknown, ZoneId zone) {
        return stored != null ? parse(stored) : of(when, dateUnknown, zone);
    }

    /** Reads what {@link #stored()} wrote. */
    public static AddressDate parse(String stored) {
        return UNDATED.equals(stored) ? undated() : new AddressDate(LocalDate.parse(stored));
    }

    public boolean isUndated() {
        return day == null;
    }

    /** As {@code posts.path_date} holds it: {@code 2026-12-01} or {@code undated}. */
    public String stored() {
        return day == null ? UNDATED : day.toString();
    }
}
