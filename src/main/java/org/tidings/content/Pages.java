package org.tidings.content;

import java.util.Optional;
import org.tidings.store.PageStore;

/** Creating, changing and deleting simple pages, each in one write that the change log records. */
public final class Pages {
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

    public void delete(long id) {
        content.database().write(changes -> {
            store().delete(id);
            changes.touched(ChangeKind.PAGES);
        });
    }

    public Page page(long id) {
        return store().byId(id).orElseThrow(() -> new NotFoundException("no page " + id));
    }

    /** A page may not be its own ancestor, which would make an endless breadcrumb. */
    private PageInput checked(PageInput page, long id) {
        Long parent = page.parentId();
        for (int depth = 0; parent != null; depth++) {
            if (parent == id || depth > 50) {
                throw new InvalidInputException("a page cannot be inside itself");
            }
            parent = page(parent).parentId();
        }
        return page;
    }

    private PageStore store() {
        return content.stores().pages();
    }
}
