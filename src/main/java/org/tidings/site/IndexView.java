package org.tidings.site;

import java.util.List;

/** An index page: every archive of one kind that has posts, with its count (years with their months). */
public record IndexView(PageMeta meta, String heading, List<IndexEntry> entries) {
}
