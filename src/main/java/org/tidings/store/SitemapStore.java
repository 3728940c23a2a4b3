package org.tidings.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.tidings.content.AddressDate;
import org.tidings.content.Category;
import org.tidings.content.Post;
import org.tidings.content.PostStatus;

/**
 * What the sitemap lists: published posts streamed page by page without their bodies, and the
 * archives (categories, tags, authors, outlets) that have published posts, each with its last change.
 */
public final class SitemapStore {
    /** When a published post last changed: its edit time, or its publication time if that is later. */
    private static final String CHANGED_AT = """
            CASE WHEN p.published_at IS NULL OR p.updated_at > p.published_at THEN p.updated_at
            ELSE p.published_at END""";
    private static final String PUBLISHED = "p.status = '" + PostStatus.PUBLISHED.db() + "'";
    private final Jdbi jdbi;

    public SitemapStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** A published post's address parts and last change. */
    public record PostStamp(long id, String slug, Instant publishedAt, Instant createdAt, boolean dateUnknown,
            String pathDate, Instant changedAt) {

        /** The date part of its address (see {@link Post#addressDate}). */
        public AddressDate addressDate(ZoneId zone) {
            return AddressDate.of(pathDate, publishedAt != null ? publishedAt : createdAt, dateUnknown, zone);
        }
    }

    /** An archive with published posts: its slug and the last change among them. */
    public record ArchiveStamp(String slug, Instant changedAt) {
    }

    /** Calls {@code each} for up to {@code limit} published posts from {@code offset}, oldest id first, streaming. */
    public void publishedPosts(int limit, int offset, Consumer<PostStamp> each) {
        jdbi.useHandle(h -> {
            h.registerRowMapper(ConstructorMapper.factory(PostStamp.class));
            h.createQuery("SELECT p.id, p.slug, p.published_at, p.created_at, p.date_unknown, p.path_date, " + CHANGED_AT + " AS changed_at"
                            + " FROM posts p WHERE " + PUBLISHED + " ORDER BY p.id LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", offset)
                    .mapTo(PostStamp.class).useStream(stream -> stream.forEach(each));
        });
    }

    /** The last change of any published post; empty when nothing is published. */
    public Optional<Instant> latestChange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(" + CHANGED_AT + ") FROM posts p WHERE " + PUBLISHED)
                .mapTo(Instant.class).findOne());
    }

    public List<ArchiveStamp> tags() {
        return archives("SELECT t.slug, MAX(" + CHANGED_AT + ") AS changed_at FROM tags t"
                + " JOIN post_tags l ON l.tag_id = t.id JOIN posts p ON p.id = l.post_id"
                + " WHERE " + PUBLISHED + " GROUP BY t.id, t.slug ORDER BY t.slug");
    }

    public List<ArchiveStamp> authors() {
        return archives("SELECT a.slug, MAX(" + CHANGED_AT + ") AS changed_at FROM authors a"
                + " JOIN posts p ON p.author_id = a.id WHERE " + PUBLISHED + " GROUP BY a.id, a.slug ORDER BY a.slug");
    }

    public List<ArchiveStamp> sources() {
        return archives("SELECT s.slug, MAX(" + CHANGED_AT + ") AS changed_at FROM sources s"
                + " JOIN posts p ON p.source_id = s.id WHERE " + PUBLISHED + " GROUP BY s.id, s.slug ORDER BY s.slug");
    }

    /** Categories with published posts of their own or in a category below them, as their pages list. */
    public List<ArchiveStamp> categories() {
        return jdbi.withHandle(h -> {
            Map<Long, Instant> changed = new HashMap<>();
            h.createQuery("SELECT l.category_id, MAX(" + CHANGED_AT + ") AS changed_at FROM post_categories l"
                            + " JOIN posts p ON p.id = l.post_id WHERE " + PUBLISHED + " GROUP BY l.category_id")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))))
                    .forEach(e -> changed.put(e.getKey(), e.getValue()));
            return withAncestors(h, changed);
        });
    }

    private static List<ArchiveStamp> withAncestors(Handle h, Map<Long, Instant> changed) {
        Map<Long, Category> categories = new HashMap<>();
        h.createQuery("SELECT " + CategoryStore.COLUMNS + " FROM categories").mapTo(Category.class)
                .forEach(c -> categories.put(c.id(), c));
        Map<Long, Instant> withAncestors = new HashMap<>();
        changed.forEach((id, when) -> {
            Set<Long> seen = new HashSet<>(); // guards against a parent loop in hand-edited data
            for (Category at = categories.get(id); at != null && seen.add(at.id());
                    at = at.parentId() == null ? null : categories.get(at.parentId())) {
                withAncestors.merge(at.id(), when, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        List<ArchiveStamp> stamps = new ArrayList<>();
        withAncestors.forEach((id, when) -> stamps.add(new ArchiveStamp(categories.get(id).slug(), when)));
        stamps.sort(Comparator.comparing(ArchiveStamp::slug));
        return stamps;
    }

    private List<ArchiveStamp> archives(String sql) {
        return jdbi.withHandle(h -> {
            h.registerRowMapper(ConstructorMapper.factory(ArchiveStamp.class));
            return h.createQuery(sql).mapTo(ArchiveStamp.class).list();
        });
    }
}
