/**
 * Public pages: handlers that load content, build one view record per page, and render a template.
 * A listing (an archive and its pages) is a value defined once in {@link org.tidings.site.Archives},
 * whose pages, feeds and sitemap entries all follow it.
 */
package org.tidings.site;
