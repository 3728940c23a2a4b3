package org.tidings.content;

/**
 * A post as the editor opens it: what readers see, the Markdown it was written in (null when
 * its body came as HTML, from an import) and the account that owns it (null: nobody's).
 */
public record EditablePost(PostDetails details, String markdown, Long ownerUserId) {

    public Post post() {
        return details.post();
    }

    /** The post's fields as they stand, to keep in a revision; its status and date stay out. */
    public PostInput toInput() {
        Post post = post();
        return new PostInput(post.title(), post.slug(), HtmlSanitizer.sanitize(post.bodyHtml()), markdown,
                post.excerpt(), null, bylineName(), sourceName(), post.sourceUrl(),
                details.categories().stream().map(Category::name).toList(),
                details.tags().stream().map(Tag::name).toList(), null,
                post.lang() == null ? "" : post.lang());
    }

    public String bylineName() {
        return details.author() == null ? "" : details.author().name();
    }

    public String sourceName() {
        return details.source() == null ? "" : details.source().name();
    }
}
