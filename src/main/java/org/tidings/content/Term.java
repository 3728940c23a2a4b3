package org.tidings.content;

/** One category, tag, outlet or author as the admin lists it; {@code parentId} is set only for child categories. */
public record Term(long id, String name, String slug, Long parentId, int postCount) {
}
