/** Outgoing feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1) of every listing, the sitemap and robots.txt. */
package org.tidings.feeds;
