package org.tidings.content;

import java.util.Optional;
import java.util.Set;
import org.tidings.store.PageStore;

/** Creating, changing and deleting simple pages, each in one write that the change log records. */
public final class Pages {
    /**
     * First path segments the site answers itself (and WordPress's own, which old links use): a page
     * there would never be seen, so its slug gets "-page" added. Four digits would be a year.
     */
    private static final Set<String> TAKEN = Set.of("admin", "archive", "assets", "author", "category", "feed",
            "healthz", "index-php", "media", "metrics", "page", "post", "readyz", "search", "sitemap-xml", "source", "tag",
            "wp-admin", "wp-content", "wp-includes", "wp-json", "wp-login-php");
    private final ContentService content;

    Pages(ContentService content) {
        this.content = content;
    }

    public long create(PageInput page) {
        return content.database().writeReturning(changes -> {
            long id = store().create(checked(page, -1), content.clock().instant());
            changes.touched(ChangeKind.PAGES);
            return id;
        });
    }

    public void update(long id, PageInput page) {
        content.database().write(changes -> {
            page(id);
            store().update(id, checked(page, id), content.clock().instant());
            changes.touched(ChangeKind.PAGES);
        });
    }

    /** Creates the page with {@code page.importKey()}, or updates it if an earlier import made it; returns its id. */
    public long createOrUpdate(PageInput page) {
        return content.database().writeReturning(changes -> {
            Optional<Long> existing = page.importKey() == null ? Optional.empty()
                    : store().idByImportKey(page.importKey());
            if (existing.isPresent()) {
                update(existing.get(), page);
                return existing.get();
            }
            return create(page);
        });
    }

    /** Files a page under another (an import's parents may come after their children); refused if it would be its own ancestor. */
    public void setParent(long id, long parentId) {
        content.database().write(changes -> {
            Page page = page(id);
            checked(new PageInput(page.title(), "", SafeHtml.EMPTY, null, false, parentId, 0, false, null), id);
            store().setParent(id, parentId, content.clock().instant());
            changes.touched(ChangeKind.PAGES);
        });
    }

    public void delete(long id) {
        content.database().write(changes -> {
            store().delete(id);
            changes.touched(ChangeKind.PAGES);
        });
    }

    public Page page(long id) {
        return store().byId(id).orElseThrow(() -> new NotFoundException("no page " + id));
    }

    /** A page may not be its own ancestor, which would make an endless breadcrumb, nor take one of the site's own addresses. */
    private PageInput checked(PageInput page, long id) {
        Long parent = page.parentId();
        for (int depth = 0; parent != null; depth++) {
            if (parent == id || depth > 50) {
                throw new InvalidInputException("a page cannot be inside itself");
            }
            parent = page(parent).parentId();
        }
        return page.slug().isEmpty() && id != -1 ? page : withFreeAddress(page);
    }

    /** {@code page} with a slug the site's own addresses leave free. */
    private static PageInput withFreeAddress(PageInput page) {
        String wanted = page.slug().isEmpty() ? Slugs.slugify(page.title(), "page") : Slugs.slugify(page.slug(), "page");
        if (!TAKEN.contains(wanted) && !wanted.matches("[0-9]{4}")) {
            return page;
        }
        return new PageInput(page.title(), wanted + "-page", page.body(), page.markdown(), page.published(),
                page.parentId(), page.menuOrder(), page.inMenu(), page.importKey(), page.lang());
    }

    private PageStore store() {
        return content.stores().pages();
    }
}
