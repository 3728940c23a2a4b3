package org.tidings.admin;

import java.util.List;
import org.tidings.curation.DraftChoices;

/**
 * The "make a draft" screen of an inbox item: its paragraphs as checkboxes (the first few ticked),
 * the suggested categories and tags as ticked checkboxes with the words behind them, and the other
 * outlets that reported the story; the address that fetches the original article's full text, and
 * why that failed (null: it did not).
 */
public record InboxDraftView(AdminPage page, DraftChoices choices, List<Paragraph> paragraphs, String action,
        String lang, String fullTextAction, String problem) {

    /** A paragraph's HTML (sanitized when the item was stored) and whether it starts ticked. */
    public record Paragraph(int index, gg.jte.Content html, boolean ticked) {
    }
}
