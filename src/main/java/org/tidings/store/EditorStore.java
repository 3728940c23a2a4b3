package org.tidings.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.EditablePost;
import org.tidings.content.Post;
import org.tidings.content.PostEdit;
import org.tidings.content.PostStatus;
import org.tidings.content.Slugs;

/** The editor's reads and writes of posts: Markdown source, chosen slugs, owners and scheduled times. */
public final class EditorStore {
    private final Jdbi jdbi;

    public EditorStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<EditablePost> editable(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + PostStore.COLUMNS
                        + ", p.body_markdown, p.owner_user_id FROM posts p WHERE p.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> {
                    Post post = ctx.findRowMapperFor(Post.class).orElseThrow().map(rs, ctx);
                    long owner = rs.getLong("owner_user_id");
                    Long ownerId = rs.wasNull() ? null : owner;
                    return new EditablePost(PostDetailsLoader.load(h, List.of(post)).getFirst(),
                            rs.getString("body_markdown"), ownerId);
                })
                .findOne());
    }

    /** Creates a draft owned by {@code ownerUserId} (may be null); returns its id. */
    public long create(PostEdit edit, Long ownerUserId, Instant now) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                    INSERT INTO posts (title, slug, body_html, body_markdown, excerpt, status, date_unknown,
                        created_at, updated_at, source_url, owner_user_id)
                    VALUES (:title, :slug, '', NULL, '', :status, FALSE, :now, :now, NULL, :owner)""")
                    .bind("title", edit.title())
                    .bind("slug", freeSlug(h, slugOf(edit), -1))
                    .bind("status", PostStatus.DRAFT.db())
                    .bind("now", now)
                    .bind("owner", ownerUserId)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            write(h, id, edit, now);
            return id;
        });
    }

    /** Replaces a post's content; its status, times and owner stay. A taken slug gets a free variant. */
    public void update(long id, PostEdit edit, Instant now) {
        jdbi.useTransaction(h -> write(h, id, edit, now));
    }

    /** Ids of scheduled posts whose time has come, oldest first. */
    public List<Long> dueScheduled(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id FROM posts WHERE status = :scheduled AND published_at <= :now
                        ORDER BY published_at, id""")
                .bind("scheduled", PostStatus.SCHEDULED.db()).bind("now", now).mapTo(Long.class).list());
    }

    /**
     * Publishes a scheduled post at its own time if that time has come. Returns false when it was
     * not (or no longer) due, so that two servers sharing a database publish it only once.
     */
    public boolean publishIfDue(long id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE posts SET status = :published, updated_at = :now
                        WHERE id = :id AND status = :scheduled AND published_at <= :now""")
                .bind("published", PostStatus.PUBLISHED.db()).bind("scheduled", PostStatus.SCHEDULED.db())
                .bind("now", now).bind("id", id).execute() == 1);
    }

    private static void write(Handle h, long id, PostEdit edit, Instant now) {
        Long authorId = edit.byline().isEmpty() ? null : NamedTable.AUTHORS.findOrCreate(h, edit.byline());
        Long sourceId = edit.sourceName().isEmpty() ? null : NamedTable.SOURCES.findOrCreate(h, edit.sourceName());
        h.createUpdate("""
                UPDATE posts SET title = :title, slug = :slug, body_html = :html, body_markdown = :markdown,
                    excerpt = :excerpt, updated_at = :now, author_id = :authorId, source_id = :sourceId,
                    source_url = :sourceUrl
                WHERE id = :id""")
                .bind("title", edit.title())
                .bind("slug", freeSlug(h, slugOf(edit), id))
                .bind("html", edit.safeHtml())
                .bind("markdown", edit.markdownOrNull())
                .bind("excerpt", edit.excerpt())
                .bind("now", now)
                .bind("authorId", authorId)
                .bind("sourceId", sourceId)
                .bind("sourceUrl", edit.sourceUrl().isEmpty() ? null : edit.sourceUrl())
                .bind("id", id)
                .execute();
        h.createUpdate("DELETE FROM post_categories WHERE post_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM post_tags WHERE post_id = :id").bind("id", id).execute();
        PostStore.link(h, id, "post_categories", "category_id", NamedTable.CATEGORIES, edit.categoryNames());
        PostStore.link(h, id, "post_tags", "tag_id", NamedTable.TAGS, edit.tagNames());
    }

    private static String slugOf(PostEdit edit) {
        String fromTitle = Slugs.slugify(edit.title(), "post");
        return edit.slug().isEmpty() ? fromTitle : Slugs.slugify(edit.slug(), fromTitle);
    }

    /** {@code base} or its first variant not used by a post other than {@code ownId}, in one query. */
    private static String freeSlug(Handle h, String base, long ownId) {
        Set<String> taken = new HashSet<>(h.createQuery(
                        "SELECT slug FROM posts WHERE (slug = :base OR slug LIKE :variants) AND id <> :id")
                .bind("base", base).bind("variants", base + "-%").bind("id", ownId).mapTo(String.class).list());
        int n = 1;
        while (taken.contains(Slugs.variant(base, n))) {
            n++;
        }
        return Slugs.variant(base, n);
    }
}
