package org.tidings.site;

import java.util.List;

/**
 * A single post's page; {@code featured} is null when the post has no featured image, {@code older}
 * and {@code newer} (the posts published just before and after it) null at either end, and
 * {@code related} the other posts of its story, then of its primary category, newest first.
 */
public record PostPageView(PageMeta meta, PostView post, FeaturedImage featured, PostLink older, PostLink newer,
        List<PostLink> related) {
}
