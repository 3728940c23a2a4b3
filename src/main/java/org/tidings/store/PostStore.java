package org.tidings.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.content.Slugs;

/** Reads and writes posts with their categories and tags. */
public final class PostStore {
    static final String COLUMNS = """
            p.id, p.title, p.slug, p.body_html, p.excerpt, p.status, p.published_at, p.date_unknown,
            p.created_at, p.updated_at, p.author_id, p.source_id, p.source_url, p.path_date, p.lang""";
    private final Jdbi jdbi;

    public PostStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Post> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM posts p WHERE p.id = :id")
                .bind("id", id).mapTo(Post.class).findOne());
    }

    public Optional<Post> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM posts p WHERE p.slug = :slug")
                .bind("slug", slug).mapTo(Post.class).findOne());
    }

    /** Published posts that match {@code filter}, newest first, with what readers see beside them. */
    public List<PostDetails> newest(PostFilter filter, int limit, int offset) {
        return jdbi.withHandle(h -> {
            PublishedQuery where = new PublishedQuery(filter);
            Query query = h.createQuery("SELECT " + COLUMNS + " FROM posts p WHERE " + where.sql()
                    + " ORDER BY " + (filter.stickyFirst() ? "p.sticky DESC, " : "")
                    + "p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset");
            List<Post> posts = where.bind(query).bind("limit", limit).bind("offset", offset).mapTo(Post.class).list();
            return PostDetailsLoader.load(h, posts);
        });
    }

    public int countPublished(PostFilter filter) {
        return jdbi.withHandle(h -> {
            PublishedQuery where = new PublishedQuery(filter);
            return where.bind(h.createQuery("SELECT COUNT(*) FROM posts p WHERE " + where.sql()))
                    .mapTo(Integer.class).one();
        });
    }

    public PostDetails details(Post post) {
        return jdbi.withHandle(h -> PostDetailsLoader.load(h, List.of(post)).getFirst());
    }

    /** Published posts with the given ids, with what readers see beside them, in the order of {@code ids}. */
    public List<PostDetails> publishedDetails(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            List<Post> found = h.createQuery("SELECT " + COLUMNS + " FROM posts p WHERE p.id IN (<ids>) AND p.status = :status")
                    .bindList("ids", ids).bind("status", PostStatus.PUBLISHED.db()).mapTo(Post.class).list();
            List<Post> ordered = ids.stream()
                    .flatMap(id -> found.stream().filter(p -> p.id() == id).findFirst().stream()).toList();
            return PostDetailsLoader.load(h, ordered);
        });
    }

    /** Up to {@code limit} published posts with ids above {@code afterId}, in id order: a whole-site scan in steps. */
    public List<PostDetails> publishedAfter(long afterId, int limit) {
        return jdbi.withHandle(h -> {
            List<Post> posts = h.createQuery("SELECT " + COLUMNS
                            + " FROM posts p WHERE p.status = :status AND p.id > :after ORDER BY p.id LIMIT :limit")
                    .bind("status", PostStatus.PUBLISHED.db()).bind("after", afterId).bind("limit", limit)
                    .mapTo(Post.class).list();
            return PostDetailsLoader.load(h, posts);
        });
    }

    /** How many posts are published and when the latest of them changed: a cheap fingerprint of the public site. */
    public PublishedState publishedState() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) AS published, COALESCE(MAX(updated_at), 0) AS last_update FROM posts WHERE status = :status")
                .bind("status", PostStatus.PUBLISHED.db())
                .map((rs, ctx) -> new PublishedState(rs.getLong("published"), rs.getLong("last_update"))).one());
    }

    public boolean hasImportKey(String importKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM posts WHERE import_key = :key")
                .bind("key", importKey).mapTo(Integer.class).one() > 0);
    }

    /** Creates a post owned by {@code ownerUserId} (null: nobody's) and whatever it names; returns its id. */
    public long create(PostInput post, Long ownerUserId, Instant now) {
        return jdbi.inTransaction(h -> insert(h, post, ownerUserId, now));
    }

    /** Creates many posts, owned by nobody, in one transaction, which is far faster in bulk; returns their ids in order. */
    public List<Long> createAll(List<PostInput> posts, Instant now) {
        return jdbi.inTransaction(h -> {
            List<Long> ids = new ArrayList<>(posts.size());
            for (PostInput post : posts) {
                ids.add(insert(h, post, null, now));
            }
            return ids;
        });
    }

    private static long insert(Handle h, PostInput post, Long ownerUserId, Instant now) {
        Publication publication = post.publication() != null ? post.publication() : Publication.draft();
        Update insert = h.createUpdate("""
                INSERT INTO posts (title, slug, body_html, body_markdown, excerpt, status, published_at, date_unknown,
                    created_at, updated_at, author_id, source_id, source_url, owner_user_id, import_key, lang)
                VALUES (:title, :slug, :body, :markdown, :excerpt, :status, :publishedAt, :dateUnknown,
                    :now, :now, :authorId, :sourceId, :sourceUrl, :owner, :importKey, :lang)""")
                .bind("slug", SlugAllocator.free(h, "posts", wantedSlug(post), -1))
                .bind("owner", ownerUserId)
                .bind("importKey", post.importKey());
        bindPublication(insert, publication);
        long id = bindContent(h, insert, post, now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        linkTerms(h, id, post);
        return id;
    }

    /**
     * Replaces a post's content, byline, outlet, categories and tags. A blank slug keeps the stored
     * one; a taken one gets a free variant. Without a publication its status and date stay; its
     * owner and import key always stay.
     */
    public void update(long id, PostInput post, Instant now) {
        jdbi.useTransaction(h -> {
            String slug = post.slug().isEmpty() ? "" : "slug = :slug, ";
            String publication = post.publication() == null ? ""
                    : "status = :status, published_at = :publishedAt, date_unknown = :dateUnknown, ";
            Update update = h.createUpdate("UPDATE posts SET " + slug + publication + """
                    title = :title, body_html = :body, body_markdown = :markdown, excerpt = :excerpt,
                    updated_at = :now, author_id = :authorId, source_id = :sourceId, source_url = :sourceUrl,
                    lang = :lang WHERE id = :id""").bind("id", id);
            if (!post.slug().isEmpty()) {
                update.bind("slug", SlugAllocator.free(h, "posts", wantedSlug(post), id));
            }
            if (post.publication() != null) {
                bindPublication(update, post.publication());
            }
            bindContent(h, update, post, now).execute();
            h.createUpdate("DELETE FROM post_categories WHERE post_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM post_tags WHERE post_id = :id").bind("id", id).execute();
            linkTerms(h, id, post);
        });
    }

    /** Binds what a create and an update both write, finding or creating the named byline and outlet. */
    private static Update bindContent(Handle h, Update update, PostInput post, Instant now) {
        Long authorId = post.byline().isEmpty() ? null : NamedTable.AUTHORS.findOrCreate(h, post.byline());
        Long sourceId = post.sourceName().isEmpty() ? null : NamedTable.SOURCES.findOrCreate(h, post.sourceName());
        return update.bind("title", post.title())
                .bind("body", post.body().html())
                .bind("markdown", post.markdown())
                .bind("lang", post.languageTag())
                .bind("excerpt", post.excerpt())
                .bind("now", now)
                .bind("authorId", authorId)
                .bind("sourceId", sourceId)
                .bind("sourceUrl", post.sourceUrl().isEmpty() ? null : post.sourceUrl());
    }

    private static void bindPublication(Update update, Publication publication) {
        update.bind("status", publication.status().db())
                .bind("publishedAt", publication.publishedAt())
                .bind("dateUnknown", publication.dateUnknown());
    }

    private static void linkTerms(Handle h, long id, PostInput post) {
        link(h, id, "post_categories", "category_id", NamedTable.CATEGORIES, post.categoryNames());
        link(h, id, "post_tags", "tag_id", NamedTable.TAGS, post.tagNames());
    }

    /** The slug asked for, or one made from the title. */
    private static String wantedSlug(PostInput post) {
        String fromTitle = Slugs.slugify(post.title(), "post");
        return post.slug().isEmpty() ? fromTitle : Slugs.slugify(post.slug(), fromTitle);
    }

    /** Moves a post to {@code status}; {@code publishedAt} null keeps the stored time. */
    public void setStatus(long id, PostStatus status, Instant publishedAt, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE posts SET status = :status, published_at = COALESCE(:publishedAt, published_at),
                    updated_at = :now WHERE id = :id""")
                .bind("status", status.db()).bind("publishedAt", publishedAt).bind("now", now).bind("id", id)
                .execute());
    }

    /** Dates a post {@code when}: its date is known from now on. */
    public void setDate(long id, Instant when, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE posts SET published_at = :when, date_unknown = FALSE, updated_at = :now WHERE id = :id""")
                .bind("when", when).bind("now", now).bind("id", id).execute());
    }

    /** Sets the date of a post's address (see {@link org.tidings.content.AddressDate#stored()}). */
    public void setPathDate(long id, String pathDate) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE posts SET path_date = :date WHERE id = :id")
                .bind("date", pathDate).bind("id", id).execute());
    }

    public void setSticky(long id, boolean sticky) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE posts SET sticky = :sticky WHERE id = :id")
                .bind("sticky", sticky).bind("id", id).execute());
    }

    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM posts WHERE id = :id").bind("id", id).execute());
    }

    private static void link(Handle h, long postId, String table, String column, NamedTable named, List<String> names) {
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            long id = named.findOrCreate(h, name);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            h.createUpdate("INSERT INTO " + table + " (post_id, " + column + ", sort_order) VALUES (:post, :id, :order)")
                    .bind("post", postId).bind("id", ids.get(i)).bind("order", i).execute();
        }
    }
}
