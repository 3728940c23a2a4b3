package org.tidings.site;

import java.util.List;

/** A page of posts: the home page, an archive by category, tag, author, outlet or date. */
public record ListingView(PageMeta meta, String heading, String intro, List<PostCard> posts, Pagination pagination) {
}
