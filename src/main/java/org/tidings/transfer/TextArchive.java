package org.tidings.transfer;

import java.util.List;

/**
 * A parsed capture: its "Category:" header (or null), the posts found, and the posts
 * left out with why.
 */
record TextArchive(String category, List<ArchivePost> posts, List<ImportOutcome.Skipped> skipped) {
}
