package org.tidings.admin;

import java.util.List;

/**
 * The management screen of one taxonomy: its terms with their forms, an error to show (null:
 * none), and for categories the parents to choose from.
 */
public record TermsView(AdminPage page, String singular, String basePath, List<Row> rows, List<String> names,
        String error, boolean hierarchical, List<PostFormView.Choice> parents) {

    /** One term: {@code label} is indented by depth for categories; {@code parents} marks its current parent. */
    public record Row(long id, String label, String name, String slug, int postCount, String publicUrl,
            List<PostFormView.Choice> parents) {
    }
}
