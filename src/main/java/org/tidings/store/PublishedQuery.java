package org.tidings.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.Query;
import org.tidings.content.PostStatus;

/** The WHERE clause of a listing of published posts, built from a {@link PostFilter}. */
final class PublishedQuery {
    private final PostFilter filter;
    private final String sql;

    PublishedQuery(PostFilter filter) {
        this.filter = filter;
        List<String> conditions = new ArrayList<>(List.of("p.status = '" + PostStatus.PUBLISHED.db() + "'"));
        if (filter.categoryIds() != null) {
            conditions.add("p.id IN (SELECT post_id FROM post_categories WHERE category_id IN (<categoryIds>))");
        }
        if (filter.tagId() != null) {
            conditions.add("p.id IN (SELECT post_id FROM post_tags WHERE tag_id = :tagId)");
        }
        if (filter.authorId() != null) {
            conditions.add("p.author_id = :authorId");
        }
        if (filter.sourceId() != null) {
            conditions.add("p.source_id = :sourceId");
        }
        if (filter.from() != null) {
            conditions.add("p.published_at >= :from");
        }
        if (filter.until() != null) {
            conditions.add("p.published_at < :until");
        }
        this.sql = String.join(" AND ", conditions);
    }

    String sql() {
        return sql;
    }

    Query bind(Query query) {
        if (filter.categoryIds() != null) {
            query.bindList("categoryIds", filter.categoryIds());
        }
        if (filter.tagId() != null) {
            query.bind("tagId", filter.tagId());
        }
        if (filter.authorId() != null) {
            query.bind("authorId", filter.authorId());
        }
        if (filter.sourceId() != null) {
            query.bind("sourceId", filter.sourceId());
        }
        if (filter.from() != null) {
            query.bind("from", filter.from());
        }
        if (filter.until() != null) {
            query.bind("until", filter.until());
        }
        return query;
    }
}
