package org.tidings.curation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Groups items from many outlets into stories as they arrive: a new item joins the story of the
 * most similar item published within the time window when their similarity (cosine of tf-idf
 * vectors, names weighing more, see {@link StoryIndex}) reaches the threshold, and starts a story
 * otherwise. Items of one
 * outlet may share a story (follow-ups, corrections). Editors correct it with {@link #split} and
 * {@link #merge}. Items older than the window behind the newest are forgotten, and the oldest
 * beyond a number of items. Thread-safe.
 */
public final class StoryGrouper {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(3);
    /**
     * Chosen on half of the ECB+ topics (see StoryGroupingEvaluationTest): the best pairwise F1 there
     * with precision of at least 0.9; measured on the other half. Lower joins more (and wrongly more).
     */
    public static final double DEFAULT_THRESHOLD = 0.44;
    /** How many recent items it keeps at most: the oldest go first beyond this, whatever the window. */
    public static final int DEFAULT_MAX_ITEMS = 20_000;

    private final TextFeatures features;
    private final Duration window;
    private final double threshold;
    private final StoryIndex index = new StoryIndex();
    private final Map<String, StoryIndex.Entry> items = new HashMap<>();
    private final Map<Long, Set<StoryIndex.Entry>> stories = new HashMap<>();
    private final PriorityQueue<StoryIndex.Entry> byAge =
            new PriorityQueue<>(Comparator.comparing((StoryIndex.Entry entry) -> entry.published));
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
                return new StoryAssignment(known.story, false, StoryReason.none());
            }
            forgetBefore(item.published());
            StoryAssignment assignment = bestStory(terms, item.published());
            keep(item, terms, assignment.story());
            return assignment;
        }
    }

    /** Takes back an item grouped before (a restart reloading recent items): it stays in {@code story}. */
    public void restore(StoryItem item, long story) {
        TextTerms terms = features.terms(item.title(), item.text(), item.language());
        synchronized (this) {
            if (!items.containsKey(item.id())) {
                forgetBefore(item.published());
                keep(item, terms, story);
            }
        }
    }

    private void keep(StoryItem item, TextTerms terms, long story) {
        StoryIndex.Entry entry = index.add(item.id(), item.published(), terms, story);
        items.put(item.id(), entry);
        stories.computeIfAbsent(story, id -> new LinkedHashSet<>()).add(entry);
        byAge.add(entry);
    }

    /** The story of the most similar recent item when it is similar enough, else a new story. */
    private StoryAssignment bestStory(TextTerms terms, Instant published) {
        try (StoryIndex.Query query = index.query(terms)) {
            StoryIndex.Scored closest = query.closest(published, window);
            if (closest == null) {
                return new StoryAssignment(newStoryId.getAsLong(), true, StoryReason.none());
            }
            boolean joins = closest.score() >= threshold;
            StoryReason reason = new StoryReason(closest.entry().id, closest.score(), query.shared(closest.entry()));
            return new StoryAssignment(joins ? closest.entry().story : newStoryId.getAsLong(), !joins, reason);
        }
    }

    /** The story of a recent item. */
    public synchronized OptionalLong storyOf(String itemId) {
        StoryIndex.Entry entry = items.get(itemId);
        return entry == null ? OptionalLong.empty() : OptionalLong.of(entry.story);
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
        leave(entry);
        entry.story = newStoryId.getAsLong();
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
        }
    }
}
