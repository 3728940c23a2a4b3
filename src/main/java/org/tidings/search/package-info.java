/**
 * Full-text search over published posts with Lucene: every text is indexed twice, with English and
 * Korean (Nori) analysis, so both languages find inflected forms; a forgiving query syntax; filters;
 * highlighted snippets; an index in the data folder kept in step with the database.
 */
package org.tidings.search;
