package org.tidings.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * The one path through which content changes: it writes through the stores, keeps a revision
 * of every save, then tells every listener (search index, page cache), so nothing is published
 * without being indexed and shown.
 */
public final class ContentService {
    private final Stores stores;
    private final Clock clock;
    private final List<ContentListener> listeners = new CopyOnWriteArrayList<>();
    private final Terms terms = new Terms(this);

    public ContentService(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public void addListener(ContentListener listener) {
        listeners.add(listener);
    }

    public Stores stores() {
        return stores;
    }

    public Clock clock() {
        return clock;
    }

    /** Creating, renaming, merging and deleting categories, tags, outlets and authors. */
    public Terms terms() {
        return terms;
    }

    /** Creates a post (and what it names) owned by {@code actor}, keeps its first revision and announces it. */
    public long create(PostInput post, Actor actor) {
        long id = stores.posts().create(post, actor.userId(), clock.instant());
        keepRevision(id, actor.userId());
        announce(ContentChange.posts(id));
        return id;
    }

    /**
     * Saves a post's new content by {@code actor}; its status stays unless the input sets it. When
     * the slug of a published post changes, its old address answers 301 to the new one.
     */
    public void update(long id, PostInput post, Actor actor) {
        Post before = post(id);
        stores.posts().update(id, post, clock.instant());
        Post after = post(id);
        if (after.status() == PostStatus.PUBLISHED && !before.slug().equals(after.slug())) {
            stores.redirects().add(Urls.post(before, stores.settings().siteZone()),
                    Urls.post(after, stores.settings().siteZone()));
        }
        keepRevision(id, actor.userId());
        announce(ContentChange.posts(id));
    }

    /** Brings back the content of a revision as a new save; the post's status stays. */
    public void restore(long postId, long revisionId, Actor actor) {
        Revision revision = stores.revisions().byId(revisionId)
                .filter(r -> r.postId() == postId)
                .orElseThrow(() -> new NotFoundException("post " + postId + " has no revision " + revisionId));
        update(postId, revision.content(), actor);
    }

    /** Publishes a post now; a post published before keeps its date (and so its address). */
    public void publish(long id) {
        Post post = post(id);
        Instant now = clock.instant();
        boolean keepDate = post.publishedAt() != null && !post.publishedAt().isAfter(now)
                && post.status() != PostStatus.SCHEDULED;
        stores.posts().setStatus(id, PostStatus.PUBLISHED, keepDate ? null : now, now);
        announce(ContentChange.posts(id));
    }

    /** Schedules a post to go live by itself at {@code when}; it leaves the public pages until then. */
    public void schedule(long id, Instant when) {
        post(id);
        stores.posts().setStatus(id, PostStatus.SCHEDULED, when, clock.instant());
        announce(ContentChange.posts(id));
    }

    /** Hands a post to the editors for review; it leaves the public pages if it was there. */
    public void submitForReview(long id) {
        post(id);
        stores.posts().setStatus(id, PostStatus.PENDING, null, clock.instant());
        announce(ContentChange.posts(id));
    }

    /** Takes a post off every public page by making it a draft again. */
    public void unpublish(long id) {
        stores.posts().setStatus(id, PostStatus.DRAFT, null, clock.instant());
        announce(ContentChange.posts(id));
    }

    public void delete(long id) {
        stores.posts().delete(id);
        announce(ContentChange.posts(id));
    }

    /** Publishes every scheduled post whose time has come, at its own time; returns how many. */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (long id : stores.editor().dueScheduled(now)) {
            if (stores.editor().publishIfDue(id, now)) {
                published++;
                announce(ContentChange.posts(id));
            }
        }
        return published;
    }

    /** Tells every listener of a change already committed to the database. */
    public void announce(ContentChange change) {
        for (ContentListener listener : listeners) {
            listener.contentChanged(change);
        }
    }

    private Post post(long id) {
        return stores.posts().byId(id).orElseThrow(() -> new NotFoundException("no post " + id));
    }

    private void keepRevision(long id, Long userId) {
        EditablePost saved = stores.editor().editable(id).orElseThrow();
        stores.revisions().add(id, saved.toInput(), userId, clock.instant());
    }
}
