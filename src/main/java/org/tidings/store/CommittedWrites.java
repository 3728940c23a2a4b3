package org.tidings.store;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * Tells listeners the table of every write made through Jdbi, once it is committed. It is the
 * safety net under {@code ContentService}: whatever writes around it (settings, categories,
 * outlets, redirects) still reaches caches of what the database shows, and never before the
 * commit, so a reader cannot re-cache the old rows after being told.
 */
final class CommittedWrites implements HandleListener {
    private static final Pattern WRITE = Pattern.compile(
            "\\s*(?:INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+\"?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void handleCreated(Handle handle) {
        handle.addCustomizer(new StatementCustomizer() {
            @Override
            public void afterExecution(PreparedStatement statement, StatementContext context) {
                String table = writtenTable(context.getRawSql());
                if (table == null) {
                    return;
                }
                if (handle.isInTransaction()) {
                    handle.afterCommit(() -> tell(table));
                } else {
                    tell(table);
                }
            }
        });
    }

    /** The table an INSERT, UPDATE or DELETE writes to, in lower case; null for reads. */
    static String writtenTable(String sql) {
        if (sql == null) {
            return null;
        }
        String start = sql.stripLeading();
        if (start.regionMatches(true, 0, "SELECT", 0, 6)) {
            return null; // most statements: skip the pattern
        }
        Matcher matcher = WRITE.matcher(start);
        return matcher.lookingAt() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private void tell(String table) {
        for (Consumer<String> listener : listeners) {
            listener.accept(table);
        }
    }
}
