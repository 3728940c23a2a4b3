/**
 * Reading outlets' feeds: RSS, Atom and JSON Feed into sanitized items, feed autodiscovery in pages,
 * OPML lists of feeds, and canonical article URLs.
 */
package org.tidings.curation.feed;
