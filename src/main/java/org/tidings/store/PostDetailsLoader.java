package org.tidings.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.tidings.content.Author;
import org.tidings.content.Category;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.content.Source;
import org.tidings.content.Tag;

/** Loads authors, outlets, categories and tags of a page of posts in four queries, not four per post. */
final class PostDetailsLoader {
    private PostDetailsLoader() {
    }

    static List<PostDetails> load(Handle h, List<Post> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<Long> postIds = posts.stream().map(Post::id).toList();
        Map<Long, Author> authors = byId(h, "authors", AuthorStore.COLUMNS, Author.class,
                posts.stream().map(Post::authorId).filter(Objects::nonNull).distinct().toList(), Author::id);
        Map<Long, Source> sources = byId(h, "sources", SourceStore.COLUMNS, Source.class,
                posts.stream().map(Post::sourceId).filter(Objects::nonNull).distinct().toList(), Source::id);
        Map<Long, List<Category>> categories = linked(h, "categories", "post_categories", "category_id",
                CategoryStore.COLUMNS, Category.class, postIds);
        Map<Long, List<Tag>> tags = linked(h, "tags", "post_tags", "tag_id", TagStore.COLUMNS, Tag.class, postIds);
        return posts.stream().map(p -> new PostDetails(p,
                p.authorId() == null ? null : authors.get(p.authorId()),
                p.sourceId() == null ? null : sources.get(p.sourceId()),
                categories.getOrDefault(p.id(), List.of()),
                tags.getOrDefault(p.id(), List.of()))).toList();
    }

    private static <T> Map<Long, T> byId(Handle h, String table, String columns, Class<T> type, List<Long> ids,
            Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return h.createQuery("SELECT " + columns + " FROM " + table + " WHERE id IN (<ids>)")
                .bindList("ids", ids).mapTo(type).stream()
                .collect(Collectors.toMap(idOf, Function.identity()));
    }

    private static <T> Map<Long, List<T>> linked(Handle h, String table, String linkTable, String linkColumn,
            String columns, Class<T> type, List<Long> postIds) {
        String prefixed = "t." + columns.replace(", ", ", t.");
        Map<Long, List<T>> result = new HashMap<>();
        h.createQuery("SELECT l.post_id AS link_post_id, " + prefixed + " FROM " + linkTable + " l JOIN " + table
                        + " t ON t.id = l." + linkColumn + " WHERE l.post_id IN (<ids>) ORDER BY l.sort_order, t.name")
                .bindList("ids", postIds)
                .map((rs, ctx) -> Map.entry(rs.getLong("link_post_id"), ctx.findRowMapperFor(type).orElseThrow().map(rs, ctx)))
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return result;
    }
}
