package org.tidings.curation;

/** An article page fetched and extracted, or why it could not be fetched (a problem fit to show an editor). */
public record ExtractOutcome(ExtractedArticle article, String problem) {
    static ExtractOutcome failed(String problem) {
        return new ExtractOutcome(null, problem);
    }

    public boolean ok() {
        return article != null;
    }
}
