package org.tidings.content;

import java.util.List;

/** A post with what readers see beside it; author and source may be null. */
public record PostDetails(Post post, Author author, Source source, List<Category> categories, List<Tag> tags) {
}
