package org.tidings.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.Category;
import org.tidings.content.PostStatus;
import org.tidings.content.Taxonomy;

/**
 * What readers find their way by: the archives that have published posts with how many, the
 * publication times the date archive index counts, a post's neighbours in time and its relatives.
 */
public final class NavigationStore {
    private static final String PUBLISHED = "p.status = '" + PostStatus.PUBLISHED.db() + "'";
    private final Jdbi jdbi;

    public NavigationStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** An archive with published posts: its name, slug and how many its page lists. */
    public record ArchiveCount(String name, String slug, int count) {
    }

    /**
     * The terms of {@code taxonomy} with published posts, by name; a category counts the posts of
     * the categories below it too, as its archive lists them.
     */
    public List<ArchiveCount> withPosts(Taxonomy taxonomy) {
        if (taxonomy == Taxonomy.CATEGORY) {
            return jdbi.withHandle(NavigationStore::categories);
        }
        TermTable table = TermTable.of(taxonomy);
        String link = taxonomy == Taxonomy.TAG
                ? " JOIN post_tags l ON l.tag_id = t.id JOIN posts p ON p.id = l.post_id"
                : " JOIN posts p ON p." + (taxonomy == Taxonomy.SOURCE ? "source_id" : "author_id") + " = t.id";
        return jdbi.withHandle(h -> h.createQuery("SELECT t.name, t.slug, COUNT(*) FROM " + table.table() + " t" + link
                        + " WHERE " + PUBLISHED + " GROUP BY t.id, t.name, t.slug ORDER BY lower(t.name), t.id")
                .map((rs, ctx) -> new ArchiveCount(rs.getString(1), rs.getString(2), rs.getInt(3))).list());
    }

    /** When each published post was published (those without a date left out), in no order. */
    public List<Instant> publicationTimes() {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.published_at FROM posts p WHERE " + PUBLISHED
                        + " AND p.published_at IS NOT NULL AND NOT p.date_unknown")
                .map((rs, ctx) -> Instant.ofEpochMilli(rs.getLong(1))).list());
    }

    /** The published post just before ({@code older}) or just after a post published at {@code when}. */
    public Optional<Long> neighbour(long id, Instant when, boolean older) {
        String sql = older
                ? "(p.published_at < :when OR (p.published_at = :when AND p.id < :id))"
                        + " ORDER BY p.published_at DESC, p.id DESC"
                : "(p.published_at > :when OR (p.published_at = :when AND p.id > :id))"
                        + " ORDER BY p.published_at, p.id";
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id FROM posts p WHERE " + PUBLISHED + " AND " + sql
                        + " LIMIT 1")
                .bind("when", when.toEpochMilli()).bind("id", id).mapTo(Long.class).findOne());
    }

    /**
     * Up to {@code limit} other published posts related to {@code postId}: first those made from
     * items of its stories (other outlets' takes on the same event), then those filed under
     * {@code categoryId} (null: none), each group newest first, each post once.
     */
    public List<Long> related(long postId, Long categoryId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT r.id FROM (
                          SELECT p.id, 0 AS tier, p.published_at FROM feed_items mine
                          JOIN feed_items other ON other.story_id = mine.story_id
                          JOIN posts p ON p.id = other.post_id
                          WHERE mine.post_id = :post AND p.id <> :post AND %1$s
                          UNION ALL
                          SELECT filed.id, 1 AS tier, filed.published_at FROM (
                            SELECT p.id, p.published_at FROM posts p JOIN post_categories l ON l.post_id = p.id
                            WHERE l.category_id = :category AND p.id <> :post AND %1$s
                            ORDER BY p.published_at DESC, p.id DESC LIMIT :limit) filed
                        ) r
                        GROUP BY r.id
                        ORDER BY MIN(r.tier), MAX(r.published_at) DESC, r.id DESC LIMIT :limit""".formatted(PUBLISHED))
                .bind("post", postId).bind("category", categoryId).bind("limit", limit)
                .mapTo(Long.class).list());
    }

    private static List<ArchiveCount> categories(Handle h) {
        Map<Long, Category> all = new HashMap<>();
        h.createQuery("SELECT " + CategoryStore.COLUMNS + " FROM categories").mapTo(Category.class)
                .forEach(c -> all.put(c.id(), c));
        Map<Long, Set<Long>> posts = new HashMap<>();
        h.createQuery("SELECT l.category_id, l.post_id FROM post_categories l JOIN posts p ON p.id = l.post_id WHERE "
                        + PUBLISHED)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .forEach(pair -> {
                    Set<Long> seen = new HashSet<>(); // guards against a parent loop in hand-edited data
                    for (Category at = all.get(pair[0]); at != null && seen.add(at.id());
                            at = at.parentId() == null ? null : all.get(at.parentId())) {
                        posts.computeIfAbsent(at.id(), id -> new HashSet<>()).add(pair[1]);
                    }
                });
        List<ArchiveCount> counts = new ArrayList<>();
        posts.forEach((id, ids) -> counts.add(new ArchiveCount(all.get(id).name(), all.get(id).slug(), ids.size())));
        counts.sort(Comparator.comparing((ArchiveCount c) -> c.name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(ArchiveCount::slug));
        return counts;
    }
}
