package org.tidings.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.EditablePost;
import org.tidings.content.Post;
import org.tidings.content.PostStatus;

/** The editor's reads of posts (Markdown source, owners) and the scheduler's publishing of due posts. */
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
}
