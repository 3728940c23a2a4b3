package org.tidings.curation;

import java.time.Instant;
import org.tidings.content.SafeHtml;

/**
 * The readable part of an article page: what the page says about itself (title, byline, date,
 * language, canonical address) and its main text, as sanitized HTML and as plain text.
 * Any value the page does not give is null; html and text are empty when no article was found.
 */
public record ExtractedArticle(String title, String byline, Instant published, String lang, SafeHtml html, String text,
        String canonicalUrl) {
}
