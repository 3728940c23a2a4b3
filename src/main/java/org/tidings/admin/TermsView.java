package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The list screen of one taxonomy: each term read first (name, slug, posts, description) with a link
 * to edit it, and the form for a new one with what was wrong with it (empty problems: none); for
 * categories the parents to file a new one under.
 */
public record TermsView(AdminPage page, String newLabel, String basePath, List<Row> rows, Problems problems,
        boolean hierarchical, boolean described, List<PostFormView.Choice> parents) {

    /**
     * One term: {@code label} is indented by depth for categories; {@code description} is empty for
     * the taxonomies that have none.
     */
    public record Row(long id, String label, String name, String slug, int postCount, String publicUrl,
            String description, String editUrl) {
    }
}
