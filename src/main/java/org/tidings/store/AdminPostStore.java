package org.tidings.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;

/** The admin's list of posts in every status: filtered, searched by title, newest change first, paged. */
public final class AdminPostStore {
    private final Jdbi jdbi;

    public AdminPostStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public List<PostDetails> list(AdminPostFilter filter, int limit, int offset) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT " + PostStore.COLUMNS + " FROM posts p WHERE " + where(filter)
                    + " ORDER BY p.updated_at DESC, p.id DESC LIMIT :limit OFFSET :offset");
            List<Post> posts = bind(query, filter).bind("limit", limit).bind("offset", offset).mapTo(Post.class).list();
            return PostDetailsLoader.load(h, posts);
        });
    }

    /** The first {@code limit} posts of {@code filter} by publish date, soonest first: what is scheduled next. */
    public List<PostDetails> soonestFirst(AdminPostFilter filter, int limit) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT " + PostStore.COLUMNS + " FROM posts p WHERE " + where(filter)
                    + " ORDER BY p.published_at, p.id LIMIT :limit");
            return PostDetailsLoader.load(h, bind(query, filter).bind("limit", limit).mapTo(Post.class).list());
        });
    }

    public int count(AdminPostFilter filter) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT COUNT(*) FROM posts p WHERE " + where(filter)), filter)
                .mapTo(Integer.class).one());
    }

    private static String where(AdminPostFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (filter.status() != null) {
            conditions.add("p.status = :status");
        }
        if (filter.authorId() != null) {
            conditions.add("p.author_id = :authorId");
        }
        if (filter.categoryIds() != null) {
            conditions.add("p.id IN (SELECT post_id FROM post_categories WHERE category_id IN (<categoryIds>))");
        }
        if (filter.sourceId() != null) {
            conditions.add("p.source_id = :sourceId");
        }
        if (filter.ownerUserId() != null) {
            conditions.add("p.owner_user_id = :owner");
        }
        if (filter.titleContains() != null) {
            conditions.add("lower(p.title) LIKE :title ESCAPE '!'");
        }
        return String.join(" AND ", conditions);
    }

    private static Query bind(Query query, AdminPostFilter filter) {
        if (filter.status() != null) {
            query.bind("status", filter.status().db());
        }
        if (filter.authorId() != null) {
            query.bind("authorId", filter.authorId());
        }
        if (filter.categoryIds() != null) {
            query.bindList("categoryIds", filter.categoryIds());
        }
        if (filter.sourceId() != null) {
            query.bind("sourceId", filter.sourceId());
        }
        if (filter.ownerUserId() != null) {
            query.bind("owner", filter.ownerUserId());
        }
        if (filter.titleContains() != null) {
            String escaped = filter.titleContains().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.bind("title", "%" + escaped + "%");
        }
        return query;
    }
}
