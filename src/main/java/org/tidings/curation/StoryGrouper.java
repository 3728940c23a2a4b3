package org.tidings.curation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Groups items from many outlets into stories as they arrive. A new item is compared (cosine of
 * tf-idf vectors, names weighing more, see {@link StoryIndex}) with the recent items published
 * within the time window; the stories of its closest ones are then clustered afresh with it by
 * complete linkage (see {@link StoryLinkage}): an item joins a story only when it is similar enough
 * to every item in it, which keeps two events of one kind apart. Items of one
 * outlet may share a story (follow-ups, corrections). Editors correct it with {@link #split} and
 * {@link #merge}. Items older than the window behind the newest are forgotten, and the oldest
 * beyond a number of items. Thread-safe.
 */
public final class StoryGrouper {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(3);
    /**
     * Chosen on half of the ECB+ topics (see StoryGroupingEvaluationTest): the best pairwise F1 there
     * with precision of at least 0.9; measured on the other half. Lower joins more (and wrongly more).
     * Low as it looks, complete linkage asks it of every pair in a story, not of one.
     */
    public static final double DEFAULT_THRESHOLD = 0.21;
    /** How many recent items it keeps at most: the oldest go first beyond this, whatever the window. */
    public static final int DEFAULT_MAX_ITEMS = 20_000;
    /** The new item's closest recent items whose stories are regrouped with it. */
    private static final int NEIGHBOURS = 10;
    /** A story larger than this moves as one group: regrouping stays quick however big a story grows. */
    private static final int LARGEST_REGROUPED = 30;

    private final TextFeatures features;
    private final Duration window;
    private final double threshold;
    private final StoryIndex index = new StoryIndex();
    private final Map<String, StoryIndex.Entry> items = new HashMap<>();
    private final Map<Long, Set<StoryIndex.Entry>> stories = new HashMap<>();
    private final PriorityQueue<StoryIndex.Entry> byAge =
            new PriorityQueue<>(Comparator.comparing((StoryIndex.Entry entry) -> entry.published));
    /** Stories an editor split or merged: kept as they are, and never joined to another pinned one. */
    private final Set<Long> pinned = new HashSet<>();
    private Instant newest = Instant.MIN;
    private final int maxItems;
    /** Gives each new story its id: a counter, or the store's new row. */
    private final LongSupplier newStoryId;

    public StoryGrouper(TextFeatures features) {
        this(features, DEFAULT_WINDOW, DEFAULT_THRESHOLD);
    }

    public StoryGrouper(TextFeatures features, Duration window, double threshold) {
        this(features, window, threshold, DEFAULT_MAX_ITEMS, new AtomicLong()::incrementAndGet);
    }

    /** A grouper keeping at most {@code maxItems} recent items whose new stories take their ids from {@code newStoryId}. */
    public StoryGrouper(TextFeatures features, Duration window, double threshold, int maxItems,
            LongSupplier newStoryId) {
        this.features = features;
        this.window = window;
        this.threshold = threshold;
        this.maxItems = maxItems;
        this.newStoryId = newStoryId;
    }

    /** Puts an item into a story; an item already here stays where it is. */
    public StoryAssignment assign(StoryItem item) {
        return assign(item, features.terms(item.title(), item.text(), item.language()));
    }

    /** The same with the item's terms analysed before (evaluations try many thresholds on one corpus). */
    StoryAssignment assign(StoryItem item, TextTerms terms) {
        synchronized (this) {
            StoryIndex.Entry known = items.get(item.id());
            if (known != null) {
                return new StoryAssignment(known.story, false, StoryReason.none(), Map.of());
            }
            forgetBefore(item.published());
            try (StoryIndex.Query query = index.query(terms)) {
                List<StoryIndex.Scored> nearest = query.nearest(item.published(), window, NEIGHBOURS);
                Set<Long> touched = new LinkedHashSet<>();
                nearest.stream().filter(scored -> scored.score() >= threshold)
                        .forEach(scored -> touched.add(scored.entry().story));
                StoryIndex.Entry entry = keep(item, terms, 0);
                Map<String, Long> moved = regroup(entry, touched);
                boolean alone = stories.get(entry.story).size() == 1 && !touched.contains(entry.story);
                return new StoryAssignment(entry.story, alone, reason(query, entry, nearest), moved);
            }
        }
    }

    /** Takes back an item grouped before (a restart reloading recent items): it stays in {@code story}. */
    public void restore(StoryItem item, long story) {
        TextTerms terms = features.terms(item.title(), item.text(), item.language());
        synchronized (this) {
            if (!items.containsKey(item.id())) {
                forgetBefore(item.published());
                stories.computeIfAbsent(story, id -> new LinkedHashSet<>()).add(keep(item, terms, story));
            }
        }
    }

    private StoryIndex.Entry keep(StoryItem item, TextTerms terms, long story) {
        StoryIndex.Entry entry = index.add(item.id(), item.published(), terms, story);
        items.put(item.id(), entry);
        byAge.add(entry);
        return entry;
    }

    /**
     * Clusters the new item with the items of the stories it came near, afresh (see {@link StoryLinkage}):
     * a report can show that two stories were one, or that a story held two events. Stories keep their
     * ids where most of their items stay; returns the other items whose story changed.
     */
    private Map<String, Long> regroup(StoryIndex.Entry entry, Set<Long> touched) {
        List<StoryLinkage.Group<StoryIndex.Entry>> groups = new ArrayList<>();
        groups.add(new StoryLinkage.Group<>(List.of(entry), false));
        Map<StoryIndex.Entry, Long> before = new HashMap<>();
        for (long story : touched) {
            Set<StoryIndex.Entry> members = stories.remove(story);
            members.forEach(member -> before.put(member, story));
            if (pinned.contains(story) || members.size() > LARGEST_REGROUPED) {
                groups.add(new StoryLinkage.Group<>(List.copyOf(members), pinned.contains(story)));
            } else {
                members.forEach(member -> groups.add(new StoryLinkage.Group<>(List.of(member), false)));
            }
        }
        List<StoryLinkage.Group<StoryIndex.Entry>> clusters = StoryLinkage.cluster(groups, index::similarities, threshold);
        Map<String, Long> moved = new HashMap<>();
        Set<Long> reused = new HashSet<>();
        for (StoryLinkage.Group<StoryIndex.Entry> cluster : largestFirst(clusters)) {
            long story = keptId(cluster, before, reused);
            stories.put(story, cluster.items().stream()
                    .sorted(Comparator.comparingLong((StoryIndex.Entry member) -> member.sequence))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            for (StoryIndex.Entry member : cluster.items()) {
                member.story = story;
                Long old = before.get(member);
                if (old != null && old != story) {
                    moved.put(member.id, story);
                }
            }
        }
        touched.stream().filter(story -> !stories.containsKey(story)).forEach(pinned::remove);
        return moved;
    }

    private static List<StoryLinkage.Group<StoryIndex.Entry>> largestFirst(List<StoryLinkage.Group<StoryIndex.Entry>> clusters) {
        List<StoryLinkage.Group<StoryIndex.Entry>> sorted = new ArrayList<>(clusters);
        sorted.sort(Comparator.comparing((StoryLinkage.Group<StoryIndex.Entry> group) -> !group.pinned())
                .thenComparing(group -> -group.items().size()));
        return sorted;
    }

    /** The old story most of the cluster's items were in (a pinned story's own), else a new one. */
    private long keptId(StoryLinkage.Group<StoryIndex.Entry> cluster, Map<StoryIndex.Entry, Long> before, Set<Long> reused) {
        Map<Long, Integer> votes = new HashMap<>();
        for (StoryIndex.Entry member : cluster.items()) {
            Long old = before.get(member);
            if (old != null && !reused.contains(old) && (!cluster.pinned() || pinned.contains(old))) {
                votes.merge(old, 1, Integer::sum);
            }
        }
        long story = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseGet(newStoryId::getAsLong);
        reused.add(story);
        return story;
    }

    /** Why the item is where it is: its most similar neighbour in its story, else the closest one at all. */
    private static StoryReason reason(StoryIndex.Query query, StoryIndex.Entry entry, List<StoryIndex.Scored> nearest) {
        StoryIndex.Scored shown = nearest.stream().filter(scored -> scored.entry().story == entry.story).findFirst()
                .orElse(nearest.isEmpty() ? null : nearest.get(0));
        return shown == null ? StoryReason.none()
                : new StoryReason(shown.entry().id, shown.score(), query.shared(shown.entry()));
    }

    /** The story of a recent item. */
    public synchronized OptionalLong storyOf(String itemId) {
        StoryIndex.Entry entry = items.get(itemId);
        return entry == null ? OptionalLong.empty() : OptionalLong.of(entry.story);
    }

    /**
     * Moves items into the pinned stories the store says they are in (an editor on another node split or
     * merged them) and pins those stories; items this grouper does not hold are left out.
     */
    public synchronized void retake(Map<Long, Long> storyOfItem) {
        storyOfItem.forEach((itemId, story) -> {
            StoryIndex.Entry entry = items.get(Long.toString(itemId));
            if (entry != null && entry.story != story) {
                leave(entry);
                entry.story = story;
                stories.computeIfAbsent(story, id -> new LinkedHashSet<>()).add(entry);
            }
            if (entry != null) {
                pinned.add(story);
            }
        });
    }

    /** Keeps {@code story} as an editor made it (after a restart: it was split or merged before). */
    public synchronized void pin(long story) {
        if (stories.containsKey(story)) {
            pinned.add(story);
        }
    }

    /** The recent items of a story, in the order they came; empty for an unknown story. */
    public synchronized Set<String> itemsOf(long story) {
        return stories.getOrDefault(story, Set.of()).stream()
                .map(entry -> entry.id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** An editor takes an item out of its story: it becomes a story of its own, whose id is returned. */
    public synchronized long split(String itemId) {
        StoryIndex.Entry entry = items.get(itemId);
        if (entry == null) {
            throw new NoSuchElementException("no recent item " + itemId);
        }
        if (stories.get(entry.story).size() > 1) {
            pinned.add(entry.story);
        }
        leave(entry);
        entry.story = newStoryId.getAsLong();
        pinned.add(entry.story);
        stories.computeIfAbsent(entry.story, id -> new LinkedHashSet<>()).add(entry);
        return entry.story;
    }

    /** An editor joins two stories: {@code absorbed}'s items move into {@code kept}. */
    public synchronized void merge(long kept, long absorbed) {
        if (!stories.containsKey(kept) || !stories.containsKey(absorbed)) {
            throw new NoSuchElementException("no recent story " + (stories.containsKey(kept) ? absorbed : kept));
        }
        absorb(kept, absorbed);
    }

    /**
     * As {@link #merge}, for stories that may have left the window: what is still here of {@code absorbed}
     * moves into {@code kept}, whether or not {@code kept} has recent items.
     */
    public synchronized void absorb(long kept, long absorbed) {
        Set<StoryIndex.Entry> moved = kept == absorbed ? null : stories.remove(absorbed);
        if (moved != null) {
            moved.forEach(entry -> entry.story = kept);
            stories.computeIfAbsent(kept, id -> new LinkedHashSet<>()).addAll(moved);
            pinned.remove(absorbed);
            pinned.add(kept);
        }
    }

    /** Items published more than the window before the newest can match nothing new any more. */
    private void forgetBefore(Instant published) {
        if (published.isAfter(newest)) {
            newest = published;
        }
        Instant horizon = newest.minus(window);
        while (!byAge.isEmpty() && (byAge.peek().published.isBefore(horizon) || byAge.size() >= maxItems)) {
            StoryIndex.Entry old = byAge.poll();
            index.remove(old);
            items.remove(old.id);
            leave(old);
        }
    }

    private void leave(StoryIndex.Entry entry) {
        Set<StoryIndex.Entry> members = stories.get(entry.story);
        members.remove(entry);
        if (members.isEmpty()) {
            stories.remove(entry.story);
            pinned.remove(entry.story);
        }
    }
}
