package org.tidings.feeds;

import org.tidings.store.PostFilter;

/**
 * A listing that has feeds: its title and description, the path of its HTML page (feeds live
 * below it, at {@code basePath/feed/}), and the same filter the page lists posts with.
 */
public record FeedScope(String title, String description, String basePath, PostFilter filter) {
}
