package org.tidings.curation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.tidings.content.ChangeKind;
import org.tidings.content.ChangeSet;
import org.tidings.content.TidingsException;
import org.tidings.curation.feed.CanonicalUrl;
import org.tidings.curation.feed.Opml;
import org.tidings.curation.feed.OpmlFeed;
import org.tidings.curation.feed.ParsedFeed;
import org.tidings.curation.feed.ParsedItem;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.i18n.Messages;
import org.tidings.i18n.Wording;
import org.tidings.store.Database;
import org.tidings.store.FeedStore;
import org.tidings.store.Stores;

/**
 * Curation's one write path: followed feeds (each belonging to an outlet), the inbox items polled
 * from them, deduplicated per outlet by canonical URL, and the stories that group items of several
 * outlets. Every change runs in {@link Database#write} and is logged as {@link ChangeKind#CURATION}
 * when it changes what the inbox shows. Thread-safe.
 */
public final class Curation {
    /** A feed's date in the future is a mistake (or a ploy to stay on top): it counts as now, give or take. */
    private static final Duration FUTURE_SLACK = Duration.ofHours(1);
    private final Database database;
    private final Stores stores;
    private final Clock clock;
    private final FeedSubscriber subscriber;
    private final InboxStories stories;
    private final SafeFetcher fetcher;
    private final ReentrantLock pollerWrites = new ReentrantLock(true);

    public Curation(Stores stores, SafeFetcher fetcher, TextFeatures features, Clock clock) {
        this.database = stores.database();
        this.stores = stores;
        this.clock = clock;
        this.subscriber = new FeedSubscriber(fetcher);
        this.fetcher = fetcher;
        this.stories = new InboxStories(stores.feedItems(), features, clock);
    }

    // ---- feeds

    /**
     * Follows the feed at {@code url}, or the first feed a web page at {@code url} names. The feed
     * joins the outlet at its host or its site's host, or a new outlet named after it. A feed that
     * cannot be fetched or read is refused with a message that says why; nothing is stored then.
     */
    public Feed addFeed(String url) {
        FeedSubscriber.Found found = subscriber.find(url.strip());
        return follow(found.url(), found.feed().title(), found.feed().siteUrl());
    }

    /** Follows a feed without fetching it first (an OPML import): the poller reports it if it is broken. */
    public Feed follow(String feedUrl, String title, String siteUrl) {
        String url = feedUrl.strip();
        if (!url.matches("(?i)https?://\\S+")) {
            throw new TidingsException(Messages.t("curation.feed.badUrl", url));
        }
        return database.writeReturning(changes -> {
            if (stores.feeds().byUrl(url).isPresent()) {
                throw new TidingsException(Messages.t("curation.feed.alreadyFollowed", url));
            }
            long sourceId = OutletHosts.match(stores.feeds().outletAddresses(), siteUrl, url)
                    .orElseGet(() -> stores.sources().findOrCreate(OutletHosts.name(title, siteUrl == null ? url : siteUrl),
                            siteUrl));
            long id = stores.feeds().insert(sourceId, url, title, siteUrl, clock.instant());
            changes.touched(ChangeKind.CURATION);
            return stores.feeds().byId(id).orElseThrow();
        });
    }

    /** Stops following a feed; the items it brought stay in the inbox. */
    public void removeFeed(long feedId) {
        database.write(changes -> {
            stores.feeds().delete(feedId);
            changes.touched(ChangeKind.CURATION);
        });
    }

    /** The feed with this id (digits) or URL. */
    public Optional<Feed> feed(String idOrUrl) {
        String key = idOrUrl.strip();
        return key.matches("\\d{1,18}") ? stores.feeds().byId(Long.parseLong(key)) : stores.feeds().byUrl(key);
    }

    /** Every followed feed, by outlet. */
    public List<Feed> listFeeds() {
        return stores.feeds().all();
    }

    /** What an OPML import did: the feeds it followed, and each it skipped with the reason. */
    public record OpmlImport(List<Feed> added, Map<String, String> skipped) {
    }

    /** Follows every feed an OPML file lists that is not followed yet; the poller fetches them. */
    public OpmlImport importOpml(byte[] opml) {
        List<Feed> added = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (OpmlFeed listed : Opml.read(opml)) {
            try {
                added.add(follow(listed.xmlUrl(), listed.title(), listed.htmlUrl()));
            } catch (TidingsException e) {
                skipped.put(listed.xmlUrl(), e.getMessage());
            }
        }
        return new OpmlImport(added, skipped);
    }

    /** Every followed feed as OPML 2.0, titled {@code title}. */
    public byte[] exportOpml(String title) {
        return Opml.write(title, listFeeds().stream()
                .map(feed -> new OpmlFeed(feed.title() == null ? feed.outlet() : feed.title(), feed.url(), feed.siteUrl()))
                .toList());
    }

    // ---- items

    /** What storing a poll's items did: how many were new, and how many the outlet had already. */
    public record Saved(int added, int known) {
    }

    /**
     * Stores a feed's items that its outlet does not have yet (by canonical URL, across the outlet's
     * feeds) and puts each new one into a story. Items already stored stay as they are.
     */
    public Saved saveFetched(Feed feed, ParsedFeed parsed) {
        return saveFetched(feed, parsed, null);
    }

    /** As {@link #saveFetched(Feed, ParsedFeed)}, recording the poll's outcome on the feed in the same transaction. */
    public Saved saveFetched(Feed feed, ParsedFeed parsed, FeedStore.FetchRecord fetch) {
        Instant now = clock.instant();
        Map<String, ParsedItem> byUrl = new LinkedHashMap<>();
        for (ParsedItem item : parsed.items()) {
            byUrl.putIfAbsent(item.url() == null ? item.guid() : CanonicalUrl.of(item.url()), item);
        }
        Map<String, Long> known = stores.feedItems().known(feed.sourceId(), byUrl.keySet());
        // Analysed before the transaction: the write lock is held only for storing and grouping.
        List<Candidate> candidates = byUrl.entrySet().stream()
                .filter(entry -> !known.containsKey(entry.getKey()))
                .map(entry -> candidate(feed, entry.getKey(), entry.getValue(), now))
                .toList();
        int added = writeForPoller(changes -> {
            int stored = 0;
            for (Candidate candidate : candidates) {
                Optional<Long> id = stores.feedItems().insert(candidate.item());
                if (id.isPresent()) {
                    NewFeedItem item = candidate.item();
                    stories.group(id.get(), InboxStories.storyItem(id.get(), feed.outlet(), item.title(),
                            candidate.text(), item.publishedAt(), item.lang()), candidate.terms());
                    stored++;
                }
            }
            stores.feeds().describe(feed.id(), parsed.title(), parsed.siteUrl(), stored);
            if (fetch != null) {
                stores.feeds().recordFetch(feed.id(), fetch);
            }
            if (stored > 0) {
                changes.touched(ChangeKind.CURATION);
            }
            return stored;
        });
        return new Saved(added, byUrl.size() - added);
    }

    /** A new item with its text analysed, ready to store and group. */
    private record Candidate(NewFeedItem item, String text, TextTerms terms) {
    }

    private Candidate candidate(Feed feed, String url, ParsedItem item, Instant now) {
        String title = item.title() == null ? "" : item.title();
        Instant published = item.published() != null ? item.published()
                : item.updated() != null ? item.updated() : now;
        if (published.isAfter(now.plus(FUTURE_SLACK))) {
            published = now;
        }
        String text = InboxStories.text(item.summaryHtml().html(), item.contentHtml().html());
        String lang = item.lang() != null && !item.lang().isBlank() ? item.lang()
                : TextFeatures.language(title + " " + text);
        NewFeedItem made = new NewFeedItem(feed.id(), feed.sourceId(), url, item.guid(), title,
                item.summaryHtml().html(), item.contentHtml().html(), item.author(), published, lang, now);
        return new Candidate(made, text, stories.terms(title, text, lang));
    }

    /** Records what a poll of a feed found, and when to poll it again (no change-log entry: the inbox is unchanged). */
    public void recordFetch(long feedId, FeedStore.FetchRecord fetch) {
        writeForPoller(changes -> {
            stores.feeds().recordFetch(feedId, fetch);
            return null;
        });
    }

    /**
     * The poller's writes, one thread at a time: they would all wait for one database lock anyway
     * (SQLite's, or the grouper's), and a thread waiting here is woken at once, where SQLite's busy
     * handler sleeps up to 100 ms between tries.
     */
    private <T> T writeForPoller(Function<ChangeSet, T> work) {
        pollerWrites.lock();
        try {
            return database.writeReturning(work);
        } finally {
            pollerWrites.unlock();
        }
    }

    /** Moves the next fetch of other feeds back (a host that asked us to slow down). */
    public void postpone(Collection<Long> feedIds, Instant until, Wording reason) {
        writeForPoller(changes -> {
            stores.feeds().postpone(feedIds, until, reason);
            return null;
        });
    }

    public void setState(long itemId, ItemState state) {
        setState(List.of(itemId), state);
    }

    public void setState(Collection<Long> itemIds, ItemState state) {
        database.write(changes -> {
            stores.feedItems().setState(itemIds, state);
            changes.touched(ChangeKind.CURATION);
        });
    }

    public void setFlagged(Collection<Long> itemIds, boolean flagged) {
        database.write(changes -> {
            stores.feedItems().setFlagged(itemIds, flagged);
            changes.touched(ChangeKind.CURATION);
        });
    }

    /**
     * Takes the stories editors split or merged, on any node, into this node's grouping, so that the
     * items it groups next (the poller runs on one node, editors work on any) leave them as they are.
     */
    public void takeEditorsStories() {
        stories.takeEditorsStories();
    }

    /** An editor takes an item out of its story: it starts a story of its own, whose id is returned. */
    public long split(long itemId) {
        requireItem(itemId);
        return database.writeReturning(changes -> {
            changes.touched(ChangeKind.CURATION);
            changes.touched(ChangeKind.STORIES);
            item(itemId).map(FeedItem::storyId).ifPresent(story -> republished(changes, List.of(story)));
            return stories.split(itemId);
        });
    }

    /** An editor joins two stories: the items of {@code absorbed} move into {@code kept}, and {@code absorbed} is gone. */
    public void merge(long kept, long absorbed) {
        if (kept == absorbed) {
            return;
        }
        for (long story : new long[] {kept, absorbed}) {
            if (!stores.feedItems().storyExists(story)) {
                throw new TidingsException(Messages.t("curation.story.unknown", Long.toString(story)));
            }
        }
        database.write(changes -> {
            republished(changes, List.of(kept, absorbed));
            stories.merge(kept, absorbed);
            changes.touched(ChangeKind.CURATION);
            changes.touched(ChangeKind.STORIES);
        });
    }

    /** Notes the published posts of these stories as changed: each lists the story's others among its related posts. */
    private void republished(ChangeSet changes, List<Long> storyIds) {
        List<Long> posts = stores.feedItems().publishedPostsOf(storyIds);
        if (!posts.isEmpty()) {
            changes.posts(posts);
        }
    }

    /** Links an item to the post made from it: the item is curated, and its story shows it was published. */
    public void linkToPost(long itemId, long postId) {
        requireItem(itemId);
        database.write(changes -> {
            stores.feedItems().linkToPost(itemId, postId);
            changes.touched(ChangeKind.CURATION);
        });
    }

    /**
     * Fetches an item's original article through the safe fetcher and keeps its extracted text as
     * the item's content, so a draft can excerpt the whole article rather than the feed's summary.
     * The article's own canonical address ({@code rel=canonical}) becomes the item's, unless another
     * item of the outlet has it already. A page that cannot be fetched or holds no article is refused
     * with a message saying why; the item stays as it was.
     */
    public void fetchFullText(long itemId) {
        requireItem(itemId);
        String url = item(itemId).orElseThrow().url();
        ExtractOutcome outcome = ArticleExtractor.fetchAndExtract(fetcher, url);
        if (!outcome.ok()) {
            throw new TidingsException(Messages.t("curation.item.fullText.failed", url, outcome.problem()));
        }
        ExtractedArticle article = outcome.article();
        if (article.text().isBlank()) {
            throw new TidingsException(Messages.t("curation.item.fullText.empty", url));
        }
        String canonical = article.canonicalUrl() == null || !article.canonicalUrl().matches("(?i)https?://.+")
                ? null : CanonicalUrl.of(article.canonicalUrl());
        database.write(changes -> {
            stores.feedItems().keepFullText(itemId, article.html().html(), canonical);
            changes.touched(ChangeKind.CURATION);
        });
    }

    public Optional<FeedItem> item(long itemId) {
        return stores.feedItems().byId(itemId);
    }

    /** A page of the inbox, newest first. */
    public List<FeedItem> inbox(InboxQuery query) {
        return stores.feedItems().list(query);
    }

    /** The items of a story, oldest first ("also reported by ..."). */
    public List<FeedItem> storyItems(long storyId) {
        return stores.feedItems().inStory(storyId);
    }

    /** The post a story was published as, if any. */
    public Optional<Long> storyPost(long storyId) {
        return stores.feedItems().storyPost(storyId);
    }

    /** Why an item is in its story: the closest earlier item, the score and the shared terms. */
    public Optional<GroupingReason> reason(long itemId) {
        return stores.feedItems().reason(itemId);
    }

    private void requireItem(long itemId) {
        if (item(itemId).isEmpty()) {
            throw new TidingsException(Messages.t("curation.item.unknown", Long.toString(itemId)));
        }
    }
}
