package org.tidings.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.tidings.content.MenuItem;
import org.tidings.content.MenuKind;

/** The site menu as an editor arranged it: items in position order. */
public final class MenuStore {
    private final Jdbi jdbi;

    public MenuStore(Database database) {
        this.jdbi = database.jdbi();
    }

    /** Every stored item, first position first; empty when no menu was arranged. */
    public List<MenuItem> all() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, position, kind, target_id, url, label FROM menu_items ORDER BY position, id")
                .map((rs, ctx) -> new MenuItem(rs.getLong("id"), rs.getInt("position"),
                        MenuKind.ofDb(rs.getString("kind")).orElse(MenuKind.LINK),
                        target(rs.getLong("target_id"), rs.wasNull()), rs.getString("url"), rs.getString("label")))
                .list());
    }

    private static Long target(long value, boolean wasNull) {
        return wasNull ? null : value;
    }

    /** Adds an item after the last one. */
    public void append(MenuKind kind, Long targetId, String url, String label) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO menu_items (position, kind, target_id, url, label)
                        VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM menu_items), :kind, :target, :url, :label)""")
                .bind("kind", kind.db()).bind("target", targetId).bind("url", url).bind("label", label).execute());
    }

    public boolean remove(long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM menu_items WHERE id = :id").bind("id", id).execute()) > 0;
    }

    public void setPosition(long id, int position) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE menu_items SET position = :position WHERE id = :id")
                .bind("position", position).bind("id", id).execute());
    }
}
