/**
 * The media library: uploads checked by their content, re-encoded without any metadata, stored in
 * the database in a few widths and served under their content hash.
 */
package org.tidings.media;
