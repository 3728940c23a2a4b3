package org.tidings.curation;

import java.time.Instant;
import org.tidings.i18n.Wording;

/** When a feed is fetched next, and the reason shown to editors ("Cache-Control max-age", "back-off after 3 errors"). */
public record NextFetch(Instant at, Wording reason) {
}
