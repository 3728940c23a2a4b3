package org.tidings.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.tidings.store.FeedItemStore;

/**
 * The story grouping of the inbox: a {@link StoryGrouper} over the recent items, whose stories are
 * rows of the store. Built on first use from the items of the last window (at most
 * {@link StoryGrouper#DEFAULT_MAX_ITEMS}), each back in the story it was stored in, and the stories
 * editors split or merged pinned again, so a restart keeps the editors' splits and merges. Every method that changes stories runs inside a
 * Database.write: a new story is a new row of that transaction.
 */
final class InboxStories {
    /** Enough of an item's text to tell its story; the rest only costs analysis time. */
    private static final int MAX_TEXT = 3000;
    private final FeedItemStore items;
    private final TextFeatures features;
    private final Clock clock;
    private StoryGrouper grouper;

    InboxStories(FeedItemStore items, TextFeatures features, Clock clock) {
        this.items = items;
        this.features = features;
        this.clock = clock;
    }

    /** The grouper, loaded from the store the first time. */
    synchronized StoryGrouper grouper() {
        if (grouper == null) {
            StoryGrouper loaded = new StoryGrouper(features, StoryGrouper.DEFAULT_WINDOW,
                    StoryGrouper.DEFAULT_THRESHOLD, StoryGrouper.DEFAULT_MAX_ITEMS,
                    () -> items.newStory(clock.instant()));
            Instant since = clock.instant().minus(StoryGrouper.DEFAULT_WINDOW);
            List<FeedItem> recent = items.recent(since, StoryGrouper.DEFAULT_MAX_ITEMS);
            for (FeedItem item : recent.reversed()) {
                if (item.storyId() != null) {
                    loaded.restore(storyItem(item.id(), item.outlet(), item.title(), text(item.summaryHtml(),
                            item.contentHtml()), item.publishedAt(), item.lang()), item.storyId());
                }
            }
            items.pinnedStories(since).forEach(loaded::pin);
            grouper = loaded;
        }
        return grouper;
    }

    /** Puts the recent items of pinned stories where the store has them (another node's editor moved them). */
    synchronized void takeEditorsStories() {
        if (grouper != null) {
            grouper.retake(items.pinnedStoryItems(clock.instant().minus(StoryGrouper.DEFAULT_WINDOW)));
        }
    }

    /** The analysed terms of an item, computed outside the write transaction. */
    TextTerms terms(String title, String text, String language) {
        return features.terms(title, text, language);
    }

    /** Puts a stored item into a story and records why; items its arrival regrouped move with it. */
    void group(long itemId, StoryItem item, TextTerms terms) {
        StoryAssignment assignment = grouper().assign(item, terms);
        items.setStory(itemId, assignment.story());
        assignment.moved().forEach((moved, story) -> items.setStory(Long.parseLong(moved), story));
        StoryReason reason = assignment.reason();
        Long matched = reason.matchedItem() == null ? null : Long.parseLong(reason.matchedItem());
        items.saveReason(new GroupingReason(itemId, matched, reason.score(), reason.sharedTerms()));
    }

    /** Takes an item out of its story into a new one; returns the new story's id. */
    long split(long itemId) {
        StoryGrouper stories = grouper();
        OptionalLong before = stories.storyOf(Long.toString(itemId));
        long story = before.isPresent() ? stories.split(Long.toString(itemId)) : items.newStory(clock.instant());
        items.setStory(itemId, story);
        items.pinStories(story);
        if (before.isPresent() && !stories.itemsOf(before.getAsLong()).isEmpty()) {
            items.pinStories(before.getAsLong());
        }
        return story;
    }

    /** Moves the items of {@code absorbed} into {@code kept}. */
    void merge(long kept, long absorbed) {
        grouper().absorb(kept, absorbed);
        items.moveStory(absorbed, kept);
        items.pinStories(kept);
    }

    static StoryItem storyItem(long id, String outlet, String title, String text, Instant published, String lang) {
        return new StoryItem(Long.toString(id), outlet, title, text, published, lang);
    }

    /** The plain text of an item for grouping: its summary, else the start of its content. */
    static String text(String summaryHtml, String contentHtml) {
        String html = summaryHtml == null || summaryHtml.isBlank() ? contentHtml : summaryHtml;
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = Jsoup.parseBodyFragment(html).text();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
