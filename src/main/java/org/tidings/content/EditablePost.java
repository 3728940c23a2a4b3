package org.tidings.content;

/**
 * A post as the editor opens it: what readers see, the Markdown it was written in (null when
 * its body came as HTML, from an import) and the account that owns it (null: nobody's).
 */
public record EditablePost(PostDetails details, String markdown, Long ownerUserId) {

    public Post post() {
        return details.post();
    }

    /** The form's values as they stand, to edit or to keep in a revision. */
    public PostEdit toEdit() {
        Post post = post();
        return new PostEdit(post.title(), post.slug(),
                markdown != null ? markdown : post.bodyHtml(),
                markdown != null ? BodyFormat.MARKDOWN : BodyFormat.HTML, post.excerpt(),
                details.author() == null ? "" : details.author().name(),
                details.source() == null ? "" : details.source().name(), post.sourceUrl(),
                details.categories().stream().map(Category::name).toList(),
                details.tags().stream().map(Tag::name).toList());
    }
}
