package org.tidings.transfer;

/** What became of one post an importer found: imported under an id, or skipped for a reason. */
public sealed interface ImportOutcome {

    String title();

    /** Stored as post {@code id}; {@code source} names its outlet (null: none). */
    record Imported(long id, String title, String source) implements ImportOutcome {
    }

    /** Left out, and why; {@code title} is empty when the post had none. */
    record Skipped(String title, String reason) implements ImportOutcome {
    }
}
