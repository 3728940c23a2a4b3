package org.tidings.curation;

import java.util.List;

/**
 * What the editor chooses from when an item becomes a draft: the item, the other outlets' items of
 * its story ("also reported by"), its paragraphs (the first {@link ItemParagraphs#TICKED_BY_DEFAULT}
 * ticked at first) and the suggested categories and tags, each with why.
 */
public record DraftChoices(FeedItem item, List<FeedItem> alsoReportedBy, List<String> paragraphs,
        List<Suggested> categories, List<Suggested> tags) {
    public DraftChoices {
        alsoReportedBy = List.copyOf(alsoReportedBy);
        paragraphs = List.copyOf(paragraphs);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }

    /** A suggested category or tag and the words that drove it (for a rule: the rule's words). */
    public record Suggested(String name, List<String> words, boolean byRule) {
        public Suggested {
            words = List.copyOf(words);
        }

        /** The words, as the editor reads them. */
        public String wordList() {
            return String.join(", ", words);
        }
    }
}
