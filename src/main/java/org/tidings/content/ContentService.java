package org.tidings.content;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tidings.store.Stores;

/**
 * The one path through which content changes: it writes through the stores, then tells every
 * listener (search index, page cache), so nothing is published without being indexed and shown.
 */
public final class ContentService {
    private final Stores stores;
    private final Clock clock;
    private final List<ContentListener> listeners = new CopyOnWriteArrayList<>();

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

    /** Creates a post (and what it names) and announces it. */
    public long create(NewPost post) {
        long id = stores.posts().create(post, clock.instant());
        announce(ContentChange.posts(id));
        return id;
    }

    /** Replaces a post's content and announces it. */
    public void update(long id, NewPost post) {
        stores.posts().update(id, post, clock.instant());
        announce(ContentChange.posts(id));
    }

    /** Publishes a post now (or keeps its time if it has one) and announces it. */
    public void publish(long id) {
        Post post = stores.posts().byId(id).orElseThrow(() -> new TidingsException("no post " + id));
        stores.posts().setStatus(id, PostStatus.PUBLISHED,
                post.publishedAt() == null ? clock.instant() : null, clock.instant());
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

    /** Tells every listener of a change already committed to the database. */
    public void announce(ContentChange change) {
        for (ContentListener listener : listeners) {
            listener.contentChanged(change);
        }
    }
}
