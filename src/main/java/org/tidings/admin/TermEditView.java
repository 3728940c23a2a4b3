package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The screen of one term: its rename form (with parent and description for categories) showing
 * {@code shown}, merge and delete; {@code form} names the form that was sent and {@code problems}
 * what was wrong with it.
 */
public record TermEditView(AdminPage page, String basePath, TermsView.Row term, Values shown, boolean hierarchical,
        boolean described, List<PostFormView.Choice> parents, List<String> names, String form, Problems problems) {
    static final String RENAME = "rename";
    static final String MERGE = "merge";

    /** What the rename form shows: the term as stored, or as typed when a change was refused. */
    public record Values(String name, String slug, Long parentId, String description) {
    }

    /** The problems of the rename form. */
    public Problems renameProblems() {
        return RENAME.equals(form) ? problems : Problems.NONE;
    }

    /** The problems of the merge form. */
    public Problems mergeProblems() {
        return MERGE.equals(form) ? problems : Problems.NONE;
    }
}
