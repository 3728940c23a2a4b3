package org.tidings.content;

import java.util.Objects;

/**
 * A page's fields as every writer gives them: the admin, importers.
 *
 * @param slug the wanted slug; blank: made from the title for a new page, kept for an existing one
 * @param markdown the Markdown the body was written in; null when it came as HTML
 * @param parentId the parent page, or null
 * @param menuOrder its place in the site menu, smallest first
 * @param importKey makes repeated imports add nothing; null for pages not imported
 */
public record PageInput(
        String title,
        String slug,
        SafeHtml body,
        String markdown,
        boolean published,
        Long parentId,
        int menuOrder,
        boolean inMenu,
        String importKey) {

    public PageInput {
        title = title == null ? "" : title.strip();
        slug = slug == null ? "" : slug.strip();
        Objects.requireNonNull(body, "body");
    }
}
