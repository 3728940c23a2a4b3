package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: per kind, how many items it created, updated or found unchanged; and what it
 * skipped or changed, with reasons, counted per reason with a few examples each (so the report
 * stays short for a file of a million items).
 */
public final class WxrReport {
    private static final int EXAMPLES = 3;

    /** The kinds of thing counted. */
    public enum Kind {
        POSTS, PAGES, ATTACHMENTS, CATEGORIES, TAGS, AUTHORS, COMMENTS;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What became of one item. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** How often a reason came up, with its first examples. */
    public record Tally(long count, List<String> examples) {
    }

    private final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);
    private final Map<String, Tally> skipped = new LinkedHashMap<>();
    private final Map<String, Tally> changed = new LinkedHashMap<>();

    void add(Kind kind, Outcome outcome) {
        add(kind, outcome, 1);
    }

    void add(Kind kind, Outcome outcome, long n) {
        counts.computeIfAbsent(kind, k -> new long[Outcome.values().length])[outcome.ordinal()] += n;
    }

    /** Something of the file that was not imported, and why. */
    void skipped(String reason, String example) {
        add(skipped, reason, example);
    }

    /** Something imported otherwise than the old site had it, and how. */
    void changed(String what, String example) {
        add(changed, what, example);
    }

    private static void add(Map<String, Tally> tallies, String reason, String example) {
        Tally before = tallies.getOrDefault(reason, new Tally(0, List.of()));
        List<String> examples = before.examples();
        if (examples.size() < EXAMPLES && example != null && !example.isBlank()) {
            examples = new ArrayList<>(examples);
            examples.add(example.strip());
        }
        tallies.put(reason, new Tally(before.count() + 1, List.copyOf(examples)));
    }

    /** How many items of {@code kind} had {@code outcome}. */
    public long count(Kind kind, Outcome outcome) {
        long[] of = counts.get(kind);
        return of == null ? 0 : of[outcome.ordinal()];
    }

    /** How many items of {@code kind} are now here from this file: created, updated or unchanged. */
    public long total(Kind kind) {
        long total = 0;
        for (Outcome outcome : Outcome.values()) {
            total += count(kind, outcome);
        }
        return total;
    }

    public Map<String, Tally> skipped() {
        return Map.copyOf(skipped);
    }

    public Map<String, Tally> changed() {
        return Map.copyOf(changed);
    }

    /** The report as lines for the terminal. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            lines.add(String.format("%-12s %7d new, %d updated, %d unchanged", kind.label() + ":",
                    count(kind, Outcome.CREATED), count(kind, Outcome.UPDATED), count(kind, Outcome.UNCHANGED)));
        }
        section(lines, "Skipped", skipped);
        section(lines, "Changed on the way", changed);
        return lines;
    }

    private static void section(List<String> lines, String title, Map<String, Tally> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        lines.add(title + ":");
        tallies.forEach((reason, tally) -> lines.add(String.format("  %6d  %s%s", tally.count(), reason,
                tally.examples().isEmpty() ? "" : " (e.g. " + String.join("; ", tally.examples().stream()
                        .map(e -> "\"" + (e.length() > 60 ? e.substring(0, 60) + "..." : e) + "\"").toList()) + ")")));
    }
}
