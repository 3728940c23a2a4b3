package org.tidings.curation.feed;

import java.time.Instant;
import java.util.List;
import org.tidings.content.SafeHtml;

/**
 * One item of a feed. {@code guid} is the feed's own id for it (else its URL, else a hash of its
 * title and text), never null; {@code url} is absolute when the feed gave one; {@code title} is
 * plain text; both HTML parts passed the sanitizer and link to images instead of showing them.
 * Dates, author and language may be null; {@code published} is as the feed gave it, without
 * falling back on {@code updated}.
 */
public record ParsedItem(String guid, String url, String title, SafeHtml summaryHtml, SafeHtml contentHtml,
        String author, Instant published, Instant updated, String lang, List<String> categories) {
    public ParsedItem {
        categories = List.copyOf(categories);
    }
}
