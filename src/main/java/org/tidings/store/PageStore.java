package org.tidings.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.tidings.content.Page;
import org.tidings.content.PageInput;
import org.tidings.content.Slugs;

/** Simple pages. Their slugs share no table with posts: a page's address is {@code /slug/}. */
public final class PageStore {
    private static final String COLUMNS = """
            id, title, slug, body_html, body_markdown, status = 'published' AS published, parent_id, menu_order,
            in_menu, created_at, updated_at, lang""";
    private final Jdbi jdbi;

    public PageStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public Optional<Page> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM pages WHERE id = :id")
                .bind("id", id).mapTo(Page.class).findOne());
    }

    public Optional<Page> bySlug(String slug) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM pages WHERE slug = :slug")
                .bind("slug", slug).mapTo(Page.class).findOne());
    }

    public Optional<Long> idByImportKey(String importKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM pages WHERE import_key = :key")
                .bind("key", importKey).mapTo(Long.class).findOne());
    }

    /** Every page, in menu order then title: the admin's list. */
    public List<Page> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM pages ORDER BY menu_order, title, id")
                .mapTo(Page.class).list());
    }

    /** The published pages the site menu shows, in menu order. */
    public List<Page> menu() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM pages WHERE status = 'published' AND in_menu ORDER BY menu_order, title, id")
                .mapTo(Page.class).list());
    }

    public long create(PageInput page, Instant now) {
        return jdbi.inTransaction(h -> {
            Update insert = h.createUpdate("""
                    INSERT INTO pages (title, slug, body_html, body_markdown, status, parent_id, menu_order, in_menu,
                        created_at, updated_at, import_key, lang)
                    VALUES (:title, :slug, :body, :markdown, :status, :parentId, :menuOrder, :inMenu, :now, :now,
                        :importKey, :lang)""")
                    .bind("slug", SlugAllocator.free(h, "pages", wantedSlug(page), -1))
                    .bind("importKey", page.importKey());
            return bind(insert, page, now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    /** Replaces a page's fields; a blank slug keeps the stored one. Its import key stays. */
    public void update(long id, PageInput page, Instant now) {
        jdbi.useTransaction(h -> {
            String slug = page.slug().isEmpty() ? "" : "slug = :slug, ";
            Update update = h.createUpdate("UPDATE pages SET " + slug + """
                    title = :title, body_html = :body, body_markdown = :markdown, status = :status,
                    parent_id = :parentId, menu_order = :menuOrder, in_menu = :inMenu, updated_at = :now,
                    lang = :lang WHERE id = :id""").bind("id", id);
            if (!page.slug().isEmpty()) {
                update.bind("slug", SlugAllocator.free(h, "pages", wantedSlug(page), id));
            }
            bind(update, page, now).execute();
        });
    }

    public void setParent(long id, Long parentId, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE pages SET parent_id = :parent, updated_at = :now WHERE id = :id")
                .bind("parent", parentId).bind("now", now).bind("id", id).execute());
    }

    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM pages WHERE id = :id").bind("id", id).execute());
    }

    private static Update bind(Update update, PageInput page, Instant now) {
        return update.bind("title", page.title())
                .bind("body", page.body().html())
                .bind("markdown", page.markdown())
                .bind("lang", page.languageTag())
                .bind("status", page.published() ? "published" : "draft")
                .bind("parentId", page.parentId())
                .bind("menuOrder", page.menuOrder())
                .bind("inMenu", page.inMenu())
                .bind("now", now);
    }

    private static String wantedSlug(PageInput page) {
        String fromTitle = Slugs.slugify(page.title(), "page");
        return page.slug().isEmpty() ? fromTitle : Slugs.slugify(page.slug(), fromTitle);
    }
}
