package org.tidings.store;

import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * Refuses any write to a content table made outside {@link Database#write}: such a write would
 * reach no change log, so no page cache, search index or other node would ever follow it. It reads
 * the SQL of every statement, so it is switched on where that cost does not matter: in the test
 * suite (system property {@code tidings.guard-writes=true}).
 */
final class WritePathGuard implements HandleListener {
    static final String PROPERTY = "tidings.guard-writes";
    /** What public pages, feeds, search and settings are made of. */
    static final Set<String> CONTENT_TABLES = Set.of("posts", "post_categories", "post_tags", "categories",
            "tags", "authors", "sources", "redirects", "revisions", "settings", "changes", "pages", "comments",
            "imported_items", "media", "media_files", "feeds", "feed_items", "stories", "story_reasons",
            "curation_rules");
    private static final Pattern WRITE = Pattern.compile(
            "\\s*(?:INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+\"?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private final BooleanSupplier inWritePath;

    WritePathGuard(BooleanSupplier inWritePath) {
        this.inWritePath = inWritePath;
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    @Override
    public void handleCreated(Handle handle) {
        handle.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) {
                String table = writtenTable(context.getRawSql());
                if (table != null && CONTENT_TABLES.contains(table) && !inWritePath.getAsBoolean()) {
                    throw new IllegalStateException("a write to " + table
                            + " outside Database.write, which no change log records: " + context.getRawSql());
                }
            }
        });
    }

    /** The table an INSERT, UPDATE or DELETE writes to, in lower case; null for anything else. */
    static String writtenTable(String sql) {
        if (sql == null) {
            return null;
        }
        Matcher matcher = WRITE.matcher(sql);
        return matcher.lookingAt() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
