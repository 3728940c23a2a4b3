package org.tidings.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;
import org.tidings.content.ImportedComment;
import org.tidings.content.ImportedPost;
import org.tidings.content.Slugs;

/**
 * Bulk writes of importers: many posts, terms, comments and imported-item records per transaction,
 * with terms and bylines by id. Called inside Database.write (through content.Imports), whose
 * transaction it joins.
 */
public final class ImportStore {
    private static final String ITEM_COLUMNS = "source_site, kind, source_id, target_id, old_path, fingerprint";
    private final Jdbi jdbi;

    public ImportStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** A post as saved: its id and the slug it got. */
    public record SavedPost(long id, String slug) {
    }

    /** The items of {@code kind} from {@code site} among {@code sourceIds}, by source id. */
    public Map<String, ImportedItem> imported(String site, String kind, Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<String, ImportedItem> found = new HashMap<>();
            h.createQuery("SELECT " + ITEM_COLUMNS
                            + " FROM imported_items WHERE source_site = :site AND kind = :kind AND source_id IN (<ids>)")
                    .bind("site", site).bind("kind", kind).bindList("ids", List.copyOf(sourceIds))
                    .mapTo(ImportedItem.class).forEach(item -> found.put(item.sourceId(), item));
            return found;
        });
    }

    /** The item of {@code kind} with {@code sourceId} from {@code site}, if an import recorded it. */
    public Optional<ImportedItem> find(String site, String kind, String sourceId) {
        return Optional.ofNullable(imported(site, kind, List.of(sourceId)).get(sourceId));
    }

    /** Items of any site and kind found at {@code oldPath} on their old site. */
    public List<ImportedItem> importedAt(String oldPath) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ITEM_COLUMNS + " FROM imported_items WHERE old_path = :path")
                .bind("path", oldPath).mapTo(ImportedItem.class).list());
    }

    /** Records or replaces the items, in one batch. */
    public void putAll(List<ImportedItem> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch delete = h.prepareBatch(
                    "DELETE FROM imported_items WHERE source_site = :sourceSite AND kind = :kind AND source_id = :sourceId");
            PreparedBatch insert = h.prepareBatch("INSERT INTO imported_items (" + ITEM_COLUMNS
                    + ") VALUES (:sourceSite, :kind, :sourceId, :targetId, :oldPath, :fingerprint)");
            Map<List<String>, ImportedItem> last = new java.util.LinkedHashMap<>();
            items.forEach(item -> last.put(List.of(item.sourceSite(), item.kind(), item.sourceId()), item));
            for (ImportedItem item : last.values()) {
                delete.bindMethods(item).add();
                insert.bindMethods(item).add();
            }
            delete.execute();
            insert.execute();
        });
    }

    /** The id of the category with {@code slug}, made if there is none; {@code existingId} (an earlier run's) is renamed instead. */
    public long category(Long existingId, String slug, String name) {
        return named(NamedTable.CATEGORIES, existingId, slug, name);
    }

    /** As {@link #category}, for a tag. */
    public long tag(Long existingId, String slug, String name) {
        return named(NamedTable.TAGS, existingId, slug, name);
    }

    /** As {@link #category}, for a byline. */
    public long author(Long existingId, String slug, String name) {
        return named(NamedTable.AUTHORS, existingId, slug, name);
    }

    private long named(NamedTable named, Long existingId, String slug, String name) {
        String table = named.table();
        String wanted = Slugs.slugify(slug, Slugs.slugify(name, named.fallbackSlug()));
        return jdbi.withHandle(h -> {
            Optional<Long> found = existingId != null ? exists(h, table, existingId)
                    : h.createQuery("SELECT id FROM " + table + " WHERE slug = :slug").bind("slug", wanted)
                            .mapTo(Long.class).findOne();
            if (found.isPresent()) {
                h.createUpdate("UPDATE " + table + " SET name = :name WHERE id = :id")
                        .bind("name", name).bind("id", found.get()).execute();
                return found.get();
            }
            return h.createUpdate("INSERT INTO " + table + " (name, slug) VALUES (:name, :slug)")
                    .bind("name", name).bind("slug", SlugAllocator.free(h, table, wanted, -1))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    private static Optional<Long> exists(Handle h, String table, long id) {
        return h.createQuery("SELECT id FROM " + table + " WHERE id = :id").bind("id", id).mapTo(Long.class).findOne();
    }

    public void describeCategory(long id, String description) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE categories SET description = :description WHERE id = :id")
                .bind("description", description).bind("id", id).execute());
    }

    /** Files a category under another, unless that would make it its own ancestor; whether it did. */
    public boolean setCategoryParent(long id, long parentId) {
        return jdbi.withHandle(h -> {
            for (Long at = parentId; at != null; ) {
                if (at == id) {
                    return false;
                }
                at = h.createQuery("SELECT parent_id FROM categories WHERE id = :id").bind("id", at)
                        .mapTo(Long.class).findOne().orElse(null);
            }
            h.createUpdate("UPDATE categories SET parent_id = :parent WHERE id = :id")
                    .bind("parent", parentId).bind("id", id).execute();
            return true;
        });
    }

    /** Creates the post, or replaces the content of {@code existingId} when it still exists. */
    public SavedPost savePost(Long existingId, ImportedPost post, Instant now) {
        return jdbi.withHandle(h -> {
            String slug = SlugAllocator.free(h, "posts", wantedSlug(post), existingId == null ? -1 : existingId);
            Instant modified = post.modifiedAt() != null ? post.modifiedAt() : now;
            long id;
            if (existingId != null && bind(h.createUpdate("""
                    UPDATE posts SET title = :title, slug = :slug, body_html = :body, body_markdown = NULL,
                        excerpt = :excerpt, status = :status, published_at = :publishedAt, date_unknown = :dateUnknown,
                        updated_at = :modified, author_id = :authorId, sticky = :sticky, lang = :lang
                    WHERE id = :id""").bind("id", existingId), post, slug, modified).execute() == 1) {
                id = existingId;
                h.createUpdate("DELETE FROM post_categories WHERE post_id = :id").bind("id", id).execute();
                h.createUpdate("DELETE FROM post_tags WHERE post_id = :id").bind("id", id).execute();
            } else {
                Instant created = post.publishedAt() != null && post.publishedAt().isBefore(modified)
                        ? post.publishedAt() : modified;
                id = bind(h.createUpdate("""
                        INSERT INTO posts (title, slug, body_html, excerpt, status, published_at, date_unknown,
                            created_at, updated_at, author_id, sticky, import_key, lang)
                        VALUES (:title, :slug, :body, :excerpt, :status, :publishedAt, :dateUnknown,
                            :created, :modified, :authorId, :sticky, :importKey, :lang)"""), post, slug, modified)
                        .bind("created", created).bind("importKey", post.importKey())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            }
            link(h, "post_categories", "category_id", id, post.categoryIds());
            link(h, "post_tags", "tag_id", id, post.tagIds());
            return new SavedPost(id, slug);
        });
    }

    private static Update bind(Update update, ImportedPost post, String slug, Instant modified) {
        return update.bind("title", post.title()).bind("slug", slug).bind("body", post.body().html())
                .bind("excerpt", post.excerpt()).bind("status", post.status().db())
                .bind("publishedAt", post.publishedAt()).bind("dateUnknown", post.dateUnknown())
                .bind("modified", modified).bind("authorId", post.authorId()).bind("sticky", post.sticky())
                .bind("lang", post.languageTag());
    }

    private static void link(Handle h, String table, String column, long postId, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO " + table + " (post_id, " + column + ", sort_order) VALUES (:post, :term, :order)");
        for (int i = 0; i < ids.size(); i++) {
            batch.bind("post", postId).bind("term", ids.get(i)).bind("order", i).add();
        }
        batch.execute();
    }

    private static String wantedSlug(ImportedPost post) {
        String fromTitle = Slugs.slugify(post.title(), "post");
        return post.slug().isEmpty() ? fromTitle : Slugs.slugify(post.slug(), fromTitle);
    }

    /**
     * Replaces the comments of a post (or, {@code onPage}, a page) with {@code comments}, in two
     * batches: the comments, then the links to the comments they answer, by import key.
     */
    public void replaceComments(long ownerId, boolean onPage, List<ImportedComment> comments, boolean replacing) {
        String owner = onPage ? "page_id" : "post_id";
        jdbi.useHandle(h -> {
            if (replacing) {
                h.createUpdate("DELETE FROM comments WHERE " + owner + " = :owner").bind("owner", ownerId).execute();
            }
            if (comments.isEmpty()) {
                return;
            }
            PreparedBatch insert = h.prepareBatch("INSERT INTO comments (" + owner + """
                    , author_name, author_email, author_url, body_html, status, kind, created_at, import_key)
                    VALUES (:owner, :authorName, :authorEmail, :authorUrl, :body, :status, :kind, :createdAt,
                        :importKey)""");
            PreparedBatch parents = h.prepareBatch("""
                    UPDATE comments SET parent_id = (SELECT p.id FROM comments p WHERE p.import_key = :parent)
                    WHERE import_key = :child""");
            for (int i = 0; i < comments.size(); i++) {
                ImportedComment comment = comments.get(i);
                insert.bind("owner", ownerId).bind("authorName", comment.authorName())
                        .bind("authorEmail", comment.authorEmail()).bind("authorUrl", comment.authorUrl())
                        .bind("body", comment.body().html()).bind("status", comment.status())
                        .bind("kind", comment.kind()).bind("createdAt", comment.createdAt())
                        .bind("importKey", comment.importKey()).add();
                int parent = comment.parentIndex();
                if (parent >= 0 && parent != i) {
                    parents.bind("parent", comments.get(parent).importKey()).bind("child", comment.importKey()).add();
                }
            }
            insert.execute();
            if (parents.size() > 0) {
                parents.execute();
            }
        });
    }
}
