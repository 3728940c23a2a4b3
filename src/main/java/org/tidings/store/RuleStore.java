package org.tidings.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.tidings.curation.Rule;
import org.tidings.curation.RuleAction;

/** Editors' curation rules, oldest first: the order in which their categories are suggested. */
public final class RuleStore {
    private final Jdbi jdbi;

    public RuleStore(Database database) {
        this.jdbi = database.jdbi();
    }

    public long insert(String query, RuleAction action, String target, Long outletId, Instant createdAt) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO curation_rules (query, action, target, outlet_id, "
                        + "created_at) VALUES (:query, :action, :target, :outlet, :created)")
                .bind("query", query).bind("action", action.db()).bind("target", target).bind("outlet", outletId)
                .bind("created", createdAt.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** False when there was no such rule. */
    public boolean delete(long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM curation_rules WHERE id = :id").bind("id", id)
                .execute()) > 0;
    }

    public List<Rule> all() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, query, action, target, outlet_id FROM curation_rules ORDER BY id")
                .map((rs, ctx) -> rule(rs)).list());
    }

    private static Rule rule(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long outlet = rs.getLong("outlet_id");
        Long outletId = rs.wasNull() ? null : outlet;
        String action = rs.getString("action");
        return new Rule(id, rs.getString("query"), RuleAction.of(action)
                .orElseThrow(() -> new IllegalStateException("unknown action '" + action + "' of curation rule " + id)),
                rs.getString("target"), outletId);
    }
}
