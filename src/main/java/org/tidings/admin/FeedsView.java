package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The feeds screen: every followed feed and how its polling goes, the add form as sent (with why it
 * was refused) and what an OPML import did ({@code imported}; null: none just ran).
 */
public record FeedsView(AdminPage page, List<Row> feeds, String url, Problems problems, Imported imported) {

    /** What an OPML import did: how many feeds it followed, and each feed it skipped with the reason. */
    public record Imported(int followed, List<Skipped> skipped) {
    }

    public record Skipped(String url, String reason) {
    }

    /** A feed as the editor checks it; times are blank when it never happened. */
    public record Row(long id, String outlet, String title, String url, String lastFetch, String status, int items,
            String lastError, String nextFetch, String nextReason) {
    }
}
