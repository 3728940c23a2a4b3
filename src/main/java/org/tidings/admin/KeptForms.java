package org.tidings.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Editor forms that arrived when they could not be saved (the session had ended, or the form's
 * CSRF token was out of date), kept in this node's memory for {@link #KEPT_FOR} under a random
 * key, so the editor can log in again and find the text in the editor. Nothing here is ever
 * saved by itself: the kept form is only shown again, to be saved by a fresh request with a
 * fresh token. Bounded, oldest first out, as anyone can post a form here.
 */
final class KeptForms {
    static final Duration KEPT_FOR = Duration.ofHours(2);
    private static final int MOST = 200;
    /** Characters kept in all: anyone can post a form here, so memory is bounded by size too. */
    private static final long MOST_CHARACTERS = 8_000_000;
    private final Clock clock;
    private final Map<String, Kept> kept = new LinkedHashMap<>();

    KeptForms(Clock clock) {
        this.clock = clock;
    }

    /** A kept form: where it was sent and its fields. */
    record Kept(String action, Map<String, List<String>> fields, Instant at) {
        long characters() {
            return fields.values().stream().flatMap(List::stream).mapToLong(String::length).sum();
        }
    }

    /** Keeps {@code fields} sent to {@code action}; returns the key that finds them again. */
    synchronized String keep(String action, Map<String, List<String>> fields) {
        Instant now = clock.instant();
        kept.values().removeIf(k -> k.at().plus(KEPT_FOR).isBefore(now));
        Kept form = new Kept(action, Map.copyOf(fields), now);
        while (!kept.isEmpty() && (kept.size() >= MOST
                || characters() + form.characters() > MOST_CHARACTERS)) {
            kept.remove(kept.keySet().iterator().next());
        }
        // Lower-case hex: admin paths are lower case (CanonicalPaths), and the key goes in one.
        String key = HexFormat.of().formatHex(Tokens.bytes(32));
        kept.put(key, form);
        return key;
    }

    private long characters() {
        return kept.values().stream().mapToLong(Kept::characters).sum();
    }

    /** The form kept under {@code key} for {@code action}, while it is kept. */
    synchronized Optional<Kept> find(String key, String action) {
        return Optional.ofNullable(kept.get(key))
                .filter(k -> k.action().equals(action) && !k.at().plus(KEPT_FOR).isBefore(clock.instant()));
    }
}
