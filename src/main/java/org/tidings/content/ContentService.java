package org.tidings.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.tidings.media.MediaImages;
import org.tidings.site.Urls;
import org.tidings.store.Database;
import org.tidings.store.Stores;

/**
 * The one path through which content and settings change: each method runs in one database
 * transaction that also appends a row to the change log, which the page cache, the search index
 * and the settings of every node follow. A save keeps a revision in the same transaction.
 */
public final class ContentService {
    private final Stores stores;
    private final Clock clock;
    private final Terms terms = new Terms(this);
    private final Pages pages = new Pages(this);
    private final Redirects redirects = new Redirects(this);
    private final Menus menus = new Menus(this);
    private final Imports imports = new Imports(this);
    private final MediaImages images;

    public ContentService(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
        this.images = new MediaImages(stores.media());
    }

    /** The stores it writes through, for its own package's services (terms). */
    Stores stores() {
        return stores;
    }

    /** Whether a post with this import key exists: an importer's way to add nothing twice. */
    public boolean hasImported(String importKey) {
        return stores.posts().hasImportKey(importKey);
    }

    public Clock clock() {
        return clock;
    }

    Database database() {
        return stores.database();
    }

    /** Creating, renaming, merging and deleting categories, tags, outlets and authors. */
    public Terms terms() {
        return terms;
    }

    /** Creating, changing and deleting simple pages. */
    public Pages pages() {
        return pages;
    }

    /** Old paths kept alive as 301 redirects, added and removed by editors. */
    public Redirects redirects() {
        return redirects;
    }

    /** Arranging the site menu. */
    public Menus menus() {
        return menus;
    }

    /** Bulk writes for importers. */
    public Imports imports() {
        return imports;
    }

    /** Pins a post at the top of the home page, or unpins it. */
    public void setSticky(long id, boolean sticky) {
        database().write(changes -> {
            post(id);
            stores.posts().setSticky(id, sticky);
            changes.post(id);
        });
    }

    /** Creates a post (and what it names) owned by {@code actor}, with its first revision. */
    public long create(PostInput post, Actor actor) {
        return database().writeReturning(changes -> {
            long id = stores.posts().create(withImages(post), actor.userId(), clock.instant());
            keepRevision(id, actor.userId());
            changes.post(id);
            return id;
        });
    }

    /**
     * Saves a post's new content by {@code actor}; its status stays unless the input sets it. When
     * the slug of a published post changes, its old address answers 301 to the new one.
     */
    public void update(long id, PostInput post, Actor actor) {
        database().write(changes -> {
            Post before = post(id);
            stores.posts().update(id, withImages(post), clock.instant());
            Post after = post(id);
            if (after.status() == PostStatus.PUBLISHED && !before.slug().equals(after.slug())) {
                stores.redirects().add(Urls.post(before, stores.settings().siteZone()),
                        Urls.post(after, stores.settings().siteZone()));
                changes.touched(ChangeKind.REDIRECTS);
            }
            keepRevision(id, actor.userId());
            changes.post(id);
        });
    }

    /** The post with its media library images given their widths, sizes and lazy loading. */
    private PostInput withImages(PostInput post) {
        return post.withBody(images.expand(post.body()));
    }

    /** Brings back the content of a revision as a new save; the post's status stays. */
    public void restore(long postId, long revisionId, Actor actor) {
        database().write(changes -> {
            Revision revision = stores.revisions().byId(revisionId)
                    .filter(r -> r.postId() == postId)
                    .orElseThrow(() -> new NotFoundException("post " + postId + " has no revision " + revisionId));
            update(postId, revision.content(), actor);
        });
    }

    /** Publishes a post now; a post published before keeps its date (and so its address). */
    public void publish(long id) {
        database().write(changes -> {
            Post post = post(id);
            Instant now = clock.instant();
            boolean keepDate = post.publishedAt() != null && !post.publishedAt().isAfter(now)
                    && post.status() != PostStatus.SCHEDULED;
            stores.posts().setStatus(id, PostStatus.PUBLISHED, keepDate ? null : now, now);
            changes.post(id);
        });
    }

    /** Schedules a post to go live by itself at {@code when}; it leaves the public pages until then. */
    public void schedule(long id, Instant when) {
        setStatus(id, PostStatus.SCHEDULED, when);
    }

    /** Hands a post to the editors for review; it leaves the public pages if it was there. */
    public void submitForReview(long id) {
        setStatus(id, PostStatus.PENDING, null);
    }

    /** Takes a post off every public page by making it a draft again. */
    public void unpublish(long id) {
        setStatus(id, PostStatus.DRAFT, null);
    }

    private void setStatus(long id, PostStatus status, Instant publishedAt) {
        database().write(changes -> {
            post(id);
            stores.posts().setStatus(id, status, publishedAt, clock.instant());
            changes.post(id);
        });
    }

    public void delete(long id) {
        database().write(changes -> {
            stores.posts().delete(id);
            changes.post(id);
        });
    }

    /**
     * Publishes every scheduled post whose time has come, at its own time; returns how many. Each
     * post is its own write, so two nodes that both look publish each post once.
     */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (long id : stores.editor().dueScheduled(now)) {
            boolean done = database().writeReturning(changes -> {
                boolean due = stores.editor().publishIfDue(id, now);
                if (due) {
                    changes.post(id);
                }
                return due;
            });
            published += done ? 1 : 0;
        }
        return published;
    }

    /** Stores site settings (name to value) as one change that every node follows. */
    public void saveSettings(Map<String, String> values) {
        if (values.isEmpty()) {
            return;
        }
        database().write(changes -> {
            values.forEach((name, value) -> stores.settings().put(name, value));
            changes.touched(ChangeKind.SETTINGS);
        });
    }

    private Post post(long id) {
        return stores.posts().byId(id).orElseThrow(() -> new NotFoundException("no post " + id));
    }

    private void keepRevision(long id, Long userId) {
        EditablePost saved = stores.editor().editable(id).orElseThrow();
        stores.revisions().add(id, saved.toInput(), userId, clock.instant());
    }
}
