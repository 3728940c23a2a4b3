package org.tidings.curation;

/** What rules look at in an inbox item: its outlet and its words (title, summary and content as text). */
public record RuleItem(long id, long outletId, String title, String text) {
}
