package org.tidings.transfer;

import java.util.List;

/** What an import did: the titles it added and, for what it left out, why. */
public record ImportReport(List<String> imported, List<String> skipped) {
}
