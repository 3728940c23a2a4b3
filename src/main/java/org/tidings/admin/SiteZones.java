package org.tidings.admin;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
    private static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> REGION.matcher(id).matches()).sorted().toList();

    private SiteZones() {
    }

    /** Every zone to choose from, UTC first, then by name. */
    static List<String> all() {
        return Stream.concat(Stream.of(ZoneOffset.UTC.getId()), ALL.stream()).toList();
    }

    /** The zone named {@code typed} (in any case), or empty when there is none such. */
    static Optional<ZoneId> named(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.equalsIgnoreCase(ZoneOffset.UTC.getId())) {
            return Optional.of(ZoneOffset.UTC);
        }
        return ALL.stream().filter(id -> id.equalsIgnoreCase(name)).findFirst().map(ZoneId::of);
    }
}
