package org.tidings.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.Revision;

/** Keeps a copy of a post at every save, by value, and reads them back. */
public final class RevisionStore {
    private static final String COLUMNS = """
            id, post_id, created_at, user_id, title, slug, body_markdown, body_html, excerpt, byline,
            source_name, source_url, category_names, tag_names""";
    private final Jdbi jdbi;

    public RevisionStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Keeps {@code content} as a revision of post {@code postId}, saved by {@code userId} (null: the command line). */
    public long add(long postId, PostInput content, Long userId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO post_revisions (post_id, created_at, user_id, title, slug, body_markdown,
                            body_html, excerpt, byline, source_name, source_url, category_names, tag_names)
                        VALUES (:postId, :now, :userId, :title, :slug, :markdown, :html, :excerpt, :byline,
                            :sourceName, :sourceUrl, :categories, :tags)""")
                .bind("postId", postId)
                .bind("now", now)
                .bind("userId", userId)
                .bind("title", content.title())
                .bind("slug", content.slug())
                .bind("markdown", content.markdown())
                .bind("html", content.body().html())
                .bind("excerpt", content.excerpt())
                .bind("byline", content.byline())
                .bind("sourceName", content.sourceName())
                .bind("sourceUrl", content.sourceUrl())
                .bind("categories", String.join("\n", content.categoryNames()))
                .bind("tags", String.join("\n", content.tagNames()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The revisions of a post, newest first. */
    public List<Revision> ofPost(long postId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM post_revisions WHERE post_id = :postId ORDER BY id DESC")
                .bind("postId", postId).map((rs, ctx) -> revision(rs)).list());
    }

    public Optional<Revision> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM post_revisions WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> revision(rs)).findOne());
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        // Stored HTML passed the sanitizer on its way in; passing it again is what makes it SafeHtml here.
        PostInput content = new PostInput(rs.getString("title"), rs.getString("slug"),
                HtmlSanitizer.sanitize(rs.getString("body_html")), rs.getString("body_markdown"),
                rs.getString("excerpt"), null, rs.getString("byline"), rs.getString("source_name"),
                rs.getString("source_url"), lines(rs.getString("category_names")), lines(rs.getString("tag_names")),
                null);
        long userId = rs.getLong("user_id");
        Long user = rs.wasNull() ? null : userId;
        return new Revision(rs.getLong("id"), rs.getLong("post_id"), Instant.ofEpochMilli(rs.getLong("created_at")),
                user, content);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
