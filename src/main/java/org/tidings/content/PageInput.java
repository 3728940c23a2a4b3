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
 * @param lang the language of the text ("ko", "en"...); blank: detected from the text on save
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
        String importKey,
        String lang) {

    public PageInput {
        title = title == null ? "" : title.strip();
        slug = slug == null ? "" : slug.strip();
        Objects.requireNonNull(body, "body");
        lang = lang == null ? "" : lang.strip();
    }

    /** A page whose language is detected from its text on save (importers, which are not told it). */
    public PageInput(String title, String slug, SafeHtml body, String markdown, boolean published, Long parentId,
            int menuOrder, boolean inMenu, String importKey) {
        this(title, slug, body, markdown, published, parentId, menuOrder, inMenu, importKey, "");
    }

    /** The language to store: the one given, else the one its title and body are written in. */
    public String languageTag() {
        return lang.isEmpty() ? TextLanguage.ofPost(title, body.html()) : lang;
    }
}
