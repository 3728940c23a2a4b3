package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The media library screen: the upload form (with what was typed and what is wrong with it), the
 * items of one page, and links to the pages before and after (null: none). {@code mayManage}:
 * the user may change alt texts and delete.
 */
public record MediaView(AdminPage page, String alt, Problems problems, List<Row> rows, boolean mayManage,
        String newerUrl, String olderUrl, int maxMegabytes) {

    /**
     * One item: its thumbnail (null for a PDF), address, what it is, and the Markdown that shows it
     * in a post.
     */
    public record Row(long id, String thumbnailUrl, int thumbnailWidth, int thumbnailHeight, String url, String name,
            String alt, String description, String markdown) {
    }
}
