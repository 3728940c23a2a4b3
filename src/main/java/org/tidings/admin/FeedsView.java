package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The feeds screen: every followed feed and how its polling goes, the add form as sent (with why it
 * was refused) and what an OPML import did ({@code imported}: followed and skipped; null: none just ran).
 */
public record FeedsView(AdminPage page, List<Row> feeds, String url, Problems problems, List<String> imported) {

    /** A feed as the editor checks it; times are blank when it never happened. */
    public record Row(long id, String outlet, String title, String url, String lastFetch, String status, int items,
            String lastError, String nextFetch, String nextReason) {
    }
}
