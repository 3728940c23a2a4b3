package org.tidings.curation;

import org.tidings.i18n.Wording;

/** An article page fetched and extracted, or why it could not be fetched (a problem fit to show an editor). */
public record ExtractOutcome(ExtractedArticle article, Wording problem) {
    static ExtractOutcome failed(Wording problem) {
        return new ExtractOutcome(null, problem);
    }

    public boolean ok() {
        return article != null;
    }
}
