package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The management screen of one taxonomy: its terms with their forms, what is wrong with the
 * form that was sent ({@code form} names it; empty problems: none), and for categories the
 * parents to choose from.
 */
public record TermsView(AdminPage page, String singular, String basePath, List<Row> rows, List<String> names,
        String form, Problems problems, boolean hierarchical, List<PostFormView.Choice> parents) {
    static final String NEW_FORM = "new";

    static String renameForm(long id) {
        return "rename-" + id;
    }

    static String mergeForm(long id) {
        return "merge-" + id;
    }

    /** The problems of the new-term form. */
    public Problems newProblems() {
        return problemsOf(NEW_FORM);
    }

    /** The problems of the rename form of term {@code id}. */
    public Problems renameProblems(long id) {
        return problemsOf(renameForm(id));
    }

    /** The problems of the merge form of term {@code id}. */
    public Problems mergeProblems(long id) {
        return problemsOf(mergeForm(id));
    }

    private Problems problemsOf(String name) {
        return name.equals(form) ? problems : Problems.NONE;
    }

    /** One term: {@code label} is indented by depth for categories; {@code parents} marks its current parent. */
    public record Row(long id, String label, String name, String slug, int postCount, String publicUrl,
            List<PostFormView.Choice> parents) {
    }
}
