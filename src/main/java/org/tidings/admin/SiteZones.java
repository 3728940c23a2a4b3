package org.tidings.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The time zones an admin can give the site: UTC and the IANA regions such as {@code Asia/Seoul},
 * whose rules follow daylight saving and changes of law (never a fixed offset, which would not).
 */
final class SiteZones {
    /** Region/City names, leaving out the old aliases (US/Pacific, SystemV/...) and the Etc/ offsets. */
    private static final Pattern REGION = Pattern.compile(
            "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** Names of UTC, as typed or as older settings and tests hold it ({@code Z} is ZoneOffset.UTC's id). */
    private static final Set<String> UTC_NAMES = Set.of("UTC", "Z", "GMT", "ETC/UTC");
    private static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> REGION.matcher(id).matches()).sorted().toList();

    private SiteZones() {
    }

    /** Every zone to choose from, UTC first, then by name. */
    static List<String> all() {
        return Stream.concat(Stream.of(UTC.getId()), ALL.stream()).toList();
    }

    /** How the form shows {@code zone}: UTC by that name, whichever id it has. */
    static String name(ZoneId zone) {
        return UTC_NAMES.contains(zone.getId().toUpperCase(Locale.ROOT)) ? UTC.getId() : zone.getId();
    }

    /** The zone named {@code typed} (in any case), or empty when there is none such. */
    static Optional<ZoneId> named(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (UTC_NAMES.contains(name.toUpperCase(Locale.ROOT))) {
            return Optional.of(UTC);
        }
        return ALL.stream().filter(id -> id.equalsIgnoreCase(name)).findFirst().map(ZoneId::of);
    }
}
