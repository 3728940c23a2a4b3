package org.tidings.transfer;

import java.util.List;

/** What an import did, post by post in the order found. */
public record ImportReport(List<ImportOutcome> outcomes) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<ImportOutcome.Imported> imported() {
        return outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported)
                .map(o -> (ImportOutcome.Imported) o).toList();
    }

    public List<ImportOutcome.Skipped> skipped() {
        return outcomes.stream().filter(o -> o instanceof ImportOutcome.Skipped)
                .map(o -> (ImportOutcome.Skipped) o).toList();
    }
}
