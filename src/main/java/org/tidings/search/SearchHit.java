package org.tidings.search;

/**
 * One post found, best first. {@code titleHtml} and {@code snippetHtml} are escaped text in which
 * only the matched words are wrapped in {@code <mark>}.
 */
public record SearchHit(long postId, String titleHtml, String snippetHtml) {
}
