package org.tidings.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.tidings.store.ImportStore;
import org.tidings.store.ImportStore.SavedPost;
import org.tidings.store.ImportedItem;

/**
 * Bulk writes for importers: each method is a write on the change log, and {@link #inOneWrite}
 * makes many of them one transaction and one log row, so a batch of posts commits with the records
 * of where they came from, or not at all.
 */
public final class Imports {
    private final ContentService content;

    Imports(ContentService content) {
        this.content = content;
    }

    /** Runs {@code work} (calls of this and the other services) as one write. */
    public void inOneWrite(Runnable work) {
        content.database().write(changes -> work.run());
    }

    /** What earlier imports from {@code site} recorded for these ids of {@code kind}, by id. */
    public Map<String, ImportedItem> imported(String site, String kind, Collection<String> sourceIds) {
        return store().imported(site, kind, sourceIds);
    }

    /** What earlier imports recorded at {@code oldPath} on their old sites. */
    public List<ImportedItem> importedAt(String oldPath) {
        return store().importedAt(oldPath);
    }

    /** Records where items came from; old links find them through these. */
    public void record(List<ImportedItem> items) {
        write(changes -> {
            store().putAll(items);
            changes.touched(ChangeKind.REDIRECTS);
        });
    }

    /** A category by slug (or what an earlier run made of it); a null {@code description} keeps the stored one. */
    public long category(Long existingId, String slug, String name, String description) {
        return content.database().writeReturning(changes -> {
            long id = store().category(existingId, slug, name);
            if (description != null) {
                store().describeCategory(id, description);
            }
            changes.touched(ChangeKind.TERMS);
            return id;
        });
    }

    /** Files a category under another; false (and nothing changed) when it would be its own ancestor. */
    public boolean setCategoryParent(long id, long parentId) {
        return content.database().writeReturning(changes -> {
            changes.touched(ChangeKind.TERMS);
            return store().setCategoryParent(id, parentId);
        });
    }

    public long tag(Long existingId, String slug, String name) {
        return content.database().writeReturning(changes -> {
            changes.touched(ChangeKind.TERMS);
            return store().tag(existingId, slug, name);
        });
    }

    /** A byline (no login account). */
    public long author(Long existingId, String slug, String name) {
        return content.database().writeReturning(changes -> {
            changes.touched(ChangeKind.TERMS);
            return store().author(existingId, slug, name);
        });
    }

    /** Creates the post, or replaces what an earlier import made ({@code existingId}, if it still exists). */
    public SavedPost savePost(Long existingId, ImportedPost post) {
        return content.database().writeReturning(changes -> {
            SavedPost saved = store().savePost(existingId, post, content.clock().instant());
            changes.post(saved.id());
            return saved;
        });
    }

    /**
     * Gives a post or page {@code comments}, in place of those it had if {@code replacing}; comments
     * are not public, so readers see no change.
     */
    public void replaceComments(long ownerId, boolean onPage, List<ImportedComment> comments, boolean replacing) {
        write(changes -> store().replaceComments(ownerId, onPage, comments, replacing));
    }

    /** Sends an old address to a new one with a 301. */
    public void redirect(String oldPath, String newPath) {
        write(changes -> {
            content.stores().redirects().add(oldPath, newPath);
            changes.touched(ChangeKind.REDIRECTS);
        });
    }

    private void write(java.util.function.Consumer<ChangeSet> work) {
        content.database().write(work);
    }

    private ImportStore store() {
        return content.stores().imports();
    }
}
