package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import org.tidings.store.Database;

/**
 * What an import left in the database, as sorted lines that name rows by their natural keys
 * (import keys, slugs) instead of generated ids, which PostgreSQL's sequences do not hand out again
 * after a rolled-back batch: two databases with equal dumps hold the same site.
 */
final class ImportedDump {
    private static final List<String> QUERIES = List.of(
            """
            SELECT 'post|' || p.import_key || '|' || p.title || '|' || p.slug || '|' || p.body_html || '|' || p.excerpt
              || '|' || p.status || '|' || COALESCE(CAST(p.published_at AS VARCHAR(30)), '-') || '|'
              || CAST(p.sticky AS VARCHAR(5)) || '|' || COALESCE(a.slug, '-')
            FROM posts p LEFT JOIN authors a ON a.id = p.author_id""",
            """
            SELECT 'post-category|' || p.import_key || '|' || c.slug || '|' || CAST(pc.sort_order AS VARCHAR(5))
            FROM post_categories pc JOIN posts p ON p.id = pc.post_id JOIN categories c ON c.id = pc.category_id""",
            """
            SELECT 'post-tag|' || p.import_key || '|' || t.slug || '|' || CAST(pt.sort_order AS VARCHAR(5))
            FROM post_tags pt JOIN posts p ON p.id = pt.post_id JOIN tags t ON t.id = pt.tag_id""",
            """
            SELECT 'page|' || p.import_key || '|' || p.title || '|' || p.slug || '|' || p.body_html || '|' || p.status
              || '|' || COALESCE(q.import_key, '-') || '|' || CAST(p.menu_order AS VARCHAR(10))
            FROM pages p LEFT JOIN pages q ON q.id = p.parent_id""",
            """
            SELECT 'category|' || c.slug || '|' || c.name || '|' || c.description || '|' || COALESCE(q.slug, '-')
            FROM categories c LEFT JOIN categories q ON q.id = c.parent_id""",
            "SELECT 'tag|' || slug || '|' || name FROM tags",
            "SELECT 'author|' || slug || '|' || name FROM authors",
            """
            SELECT 'comment|' || c.import_key || '|' || COALESCE(p.import_key, g.import_key) || '|'
              || COALESCE(q.import_key, '-') || '|' || c.author_name || '|' || c.body_html || '|' || c.status
            FROM comments c LEFT JOIN posts p ON p.id = c.post_id LEFT JOIN pages g ON g.id = c.page_id
              LEFT JOIN comments q ON q.id = c.parent_id""",
            """
            SELECT 'item|' || i.source_site || '|' || i.kind || '|' || i.source_id || '|' || COALESCE(i.old_path, '-')
              || '|' || COALESCE(i.fingerprint, '-') || '|' || COALESCE(p.import_key, g.import_key, c.slug, t.slug, a.slug, '-')
            FROM imported_items i
              LEFT JOIN posts p ON i.kind = 'post' AND p.id = i.target_id
              LEFT JOIN pages g ON i.kind = 'page' AND g.id = i.target_id
              LEFT JOIN categories c ON i.kind = 'category' AND c.id = i.target_id
              LEFT JOIN tags t ON i.kind = 'tag' AND t.id = i.target_id
              LEFT JOIN authors a ON i.kind = 'author' AND a.id = i.target_id""",
            "SELECT 'redirect|' || old_path || '|' || new_path FROM redirects");

    private ImportedDump() {
    }

    static List<String> of(Database database) {
        List<String> lines = new ArrayList<>();
        database.jdbi().useHandle(h -> QUERIES.forEach(sql -> lines.addAll(h.createQuery(sql).mapTo(String.class).list())));
        return lines.stream().sorted().toList();
    }
}
