package org.tidings.site;

/** A single post's page; {@code featured} is null when the post has no featured image. */
public record PostPageView(PageMeta meta, PostView post, FeaturedImage featured) {
}
