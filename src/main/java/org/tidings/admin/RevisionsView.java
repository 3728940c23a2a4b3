package org.tidings.admin;

import java.util.List;
import org.tidings.content.RevisionDiff;

/**
 * A post's revisions, newest first, and (when two are chosen) what changed between them.
 * {@code diff} is null until two are compared.
 */
public record RevisionsView(AdminPage page, long postId, String postTitle, List<Row> revisions, RevisionDiff diff,
        String comparing, boolean mayRestore) {

    /** One revision in the list; {@code from} and {@code to} mark those being compared. */
    public record Row(long id, String savedAt, String savedBy, String title, boolean from, boolean to) {
    }
}
