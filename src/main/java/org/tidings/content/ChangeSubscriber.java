package org.tidings.content;

import java.util.List;

/**
 * Something kept in step with the change log (a page cache, a search index, the site's settings):
 * it knows the seq of the last change it applied and applies newer ones in order.
 */
public interface ChangeSubscriber {

    /** The seq of the last change applied. */
    long position();

    /** Applies {@code changes} (newer than {@link #position()}, oldest first) and moves past the last. */
    void apply(List<LoggedChange> changes);

    /**
     * Whether a writer may apply {@code changes} on its own thread right after its commit, so its next
     * request sees them; when false the background follower applies them, a moment later.
     */
    default boolean appliesAtOnce(List<LoggedChange> changes) {
        return true;
    }
}
