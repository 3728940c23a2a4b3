package org.tidings.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.tidings.content.PostStatus;
import org.tidings.curation.FeedItem;
import org.tidings.curation.GroupingReason;
import org.tidings.curation.InboxQuery;
import org.tidings.curation.ItemState;
import org.tidings.curation.NewFeedItem;
import org.tidings.curation.StoryTerm;

/** Inbox items, stories and why items were grouped. Writes run inside Database.write (through curation.Curation). */
public final class FeedItemStore {
    private static final String COLUMNS = "i.id, i.feed_id, i.source_id, s.name AS outlet, i.url, i.guid, i.title, "
            + "i.summary_html, i.content_html, i.author, i.published_at, i.lang, i.state, i.story_id, i.post_id, "
            + "i.fetched_at, i.flagged";
    private static final String FROM = " FROM feed_items i JOIN sources s ON s.id = i.source_id";
    /** Well under SQLite's limit on bound values in one statement. */
    private static final int CHUNK = 500;
    private final Jdbi jdbi;

    public FeedItemStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Which of {@code urls} the outlet has an item for already, with the item's id. */
    public Map<String, Long> known(long sourceId, Collection<String> urls) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = List.copyOf(urls);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbi.useHandle(h -> h.createQuery("SELECT url, id FROM feed_items WHERE source_id = :source AND url IN (<urls>)")
                    .bind("source", sourceId).bindList("urls", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getString("url"), rs.getLong("id")))
                    .forEach(entry -> found.put(entry.getKey(), entry.getValue())));
        }
        return found;
    }

    /** Stores a new item; empty when the outlet has one at that URL already (another feed got there first). */
    public Optional<Long> insert(NewFeedItem item) {
        return jdbi.withHandle(h -> {
            int added = h.createUpdate("""
                            INSERT INTO feed_items (feed_id, source_id, url, guid, title, summary_html, content_html, author,
                              published_at, lang, fetched_at)
                            VALUES (:feedId, :sourceId, :url, :guid, :title, :summaryHtml, :contentHtml, :author,
                              :publishedAt, :lang, :fetchedAt)
                            ON CONFLICT (source_id, url) DO NOTHING""")
                    .bindMethods(item).execute();
            if (added == 0) {
                return Optional.empty();
            }
            return h.createQuery("SELECT id FROM feed_items WHERE source_id = :source AND url = :url")
                    .bind("source", item.sourceId()).bind("url", item.url()).mapTo(Long.class).findOne();
        });
    }

    public Optional<FeedItem> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + " WHERE i.id = :id")
                .bind("id", id).mapTo(FeedItem.class).findOne());
    }

    /** A page of the inbox, newest first. */
    public List<FeedItem> list(InboxQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE 1 = 1");
        if (query.state() != null) {
            sql.append(" AND i.state = :state");
        }
        if (query.sourceId() != null) {
            sql.append(" AND i.source_id = :source");
        }
        sql.append(" ORDER BY i.published_at DESC, i.id DESC LIMIT :limit OFFSET :offset");
        return jdbi.withHandle(h -> {
            Query select = h.createQuery(sql.toString()).bind("limit", query.limit()).bind("offset", query.offset());
            if (query.state() != null) {
                select.bind("state", query.state().key());
            }
            if (query.sourceId() != null) {
                select.bind("source", query.sourceId());
            }
            return select.mapTo(FeedItem.class).list();
        });
    }

    /** The items published since {@code since}, newest first, at most {@code limit}. */
    public List<FeedItem> recent(Instant since, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM
                        + " WHERE i.published_at >= :since ORDER BY i.published_at DESC, i.id DESC LIMIT :limit")
                .bind("since", since).bind("limit", limit).mapTo(FeedItem.class).list());
    }

    /** The items of a story, oldest first. */
    public List<FeedItem> inStory(long storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM
                        + " WHERE i.story_id = :story ORDER BY i.published_at, i.id")
                .bind("story", storyId).mapTo(FeedItem.class).list());
    }

    public long newStory(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO stories (created_at) VALUES (:now)")
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public void setStory(long itemId, long storyId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE feed_items SET story_id = :story WHERE id = :id")
                .bind("story", storyId).bind("id", itemId).execute());
    }

    /** Marks stories as made by an editor (split or merged), to be kept as they are. */
    public void pinStories(long... storyIds) {
        jdbi.useHandle(h -> {
            for (long id : storyIds) {
                h.createUpdate("UPDATE stories SET pinned = TRUE WHERE id = :id").bind("id", id).execute();
            }
        });
    }

    /** The pinned stories that have items published since {@code since}. */
    public Set<Long> pinnedStories(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT s.id FROM stories s JOIN feed_items i"
                        + " ON i.story_id = s.id WHERE s.pinned = TRUE AND i.published_at >= :since")
                .bind("since", since).mapTo(Long.class).set());
    }

    /** The story of every item published since {@code since} that is in a pinned story, by item id. */
    public Map<Long, Long> pinnedStoryItems(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.id, i.story_id FROM feed_items i JOIN stories s"
                        + " ON s.id = i.story_id WHERE s.pinned = TRUE AND i.published_at >= :since")
                .bind("since", since)
                .reduceRows(new HashMap<Long, Long>(), (map, row) -> {
                    map.put(row.getColumn("id", Long.class), row.getColumn("story_id", Long.class));
                    return map;
                }));
    }

    /** Moves every item of story {@code from} into {@code to}, and drops {@code from}. */
    public void moveStory(long from, long to) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE feed_items SET story_id = :to WHERE story_id = :from")
                    .bind("to", to).bind("from", from).execute();
            h.createUpdate("UPDATE stories SET post_id = (SELECT post_id FROM stories WHERE id = :from) "
                            + "WHERE id = :to AND post_id IS NULL")
                    .bind("to", to).bind("from", from).execute();
            h.createUpdate("DELETE FROM stories WHERE id = :from").bind("from", from).execute();
        });
    }

    public boolean storyExists(long storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM stories WHERE id = :id")
                .bind("id", storyId).mapTo(Integer.class).one() > 0);
    }

    /** The post a story was published as, if any. */
    public Optional<Long> storyPost(long storyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT post_id FROM stories WHERE id = :id AND post_id IS NOT NULL")
                .bind("id", storyId).mapTo(Long.class).findOne());
    }

    /** The published posts made from items of these stories: their related posts change when the stories do. */
    public List<Long> publishedPostsOf(Collection<Long> storyIds) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT p.id FROM feed_items i JOIN posts p ON p.id = i.post_id
                        WHERE i.story_id IN (<stories>) AND p.status = :published""")
                .bindList("stories", List.copyOf(storyIds)).bind("published", PostStatus.PUBLISHED.db()).mapTo(Long.class).list());
    }

    public void saveReason(GroupingReason reason) {
        String terms = reason.sharedTerms().stream().map(term -> term.word().replaceAll("[\\t\\n]", " ") + "\t"
                + term.weight()).collect(Collectors.joining("\n"));
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM story_reasons WHERE item_id = :id").bind("id", reason.itemId()).execute();
            h.createUpdate("""
                            INSERT INTO story_reasons (item_id, matched_item_id, score, shared_terms)
                            VALUES (:item, :matched, :score, :terms)""")
                    .bind("item", reason.itemId()).bind("matched", reason.matchedItemId())
                    .bind("score", reason.score()).bind("terms", terms).execute();
        });
    }

    public Optional<GroupingReason> reason(long itemId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT item_id, matched_item_id, score, shared_terms FROM story_reasons WHERE item_id = :id")
                .bind("id", itemId)
                .map((rs, ctx) -> {
                    long matched = rs.getLong("matched_item_id");
                    Long matchedId = rs.wasNull() ? null : matched;
                    return new GroupingReason(rs.getLong("item_id"), matchedId, rs.getDouble("score"),
                            terms(rs.getString("shared_terms")));
                })
                .findOne());
    }

    private static List<StoryTerm> terms(String text) {
        List<StoryTerm> terms = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                terms.add(new StoryTerm(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1))));
            }
        }
        return terms;
    }

    public void setState(Collection<Long> itemIds, ItemState state) {
        if (!itemIds.isEmpty()) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE feed_items SET state = :state WHERE id IN (<ids>)")
                    .bind("state", state.key()).bindList("ids", List.copyOf(itemIds)).execute());
        }
    }

    public void setFlagged(Collection<Long> itemIds, boolean flagged) {
        if (!itemIds.isEmpty()) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE feed_items SET flagged = :flagged WHERE id IN (<ids>)")
                    .bind("flagged", flagged).bindList("ids", List.copyOf(itemIds)).execute());
        }
    }

    /** Links an item to the post made from it (and marks it curated); its story shows the post too. */
    /** Keeps an item's fetched article as its content and, when no other item of its outlet has it, its canonical URL. */
    public void keepFullText(long itemId, String contentHtml, String canonicalUrl) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE feed_items SET content_html = :html WHERE id = :id")
                    .bind("html", contentHtml).bind("id", itemId).execute();
            if (canonicalUrl != null) {
                h.createUpdate("""
                        UPDATE feed_items SET url = :url WHERE id = :id AND NOT EXISTS (
                          SELECT 1 FROM feed_items other
                          WHERE other.source_id = feed_items.source_id AND other.url = :url)""")
                        .bind("url", canonicalUrl).bind("id", itemId).execute();
            }
        });
    }

    public void linkToPost(long itemId, long postId) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE feed_items SET post_id = :post, state = :state WHERE id = :id")
                    .bind("post", postId).bind("state", ItemState.CURATED.key()).bind("id", itemId).execute();
            h.createUpdate("UPDATE stories SET post_id = :post WHERE id = "
                            + "(SELECT story_id FROM feed_items WHERE id = :id) AND post_id IS NULL")
                    .bind("post", postId).bind("id", itemId).execute();
        });
    }
}
