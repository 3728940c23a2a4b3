package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The site menu screen: the items in order ({@code arranged} false: the default menu, shown but
 * not yet stored), what can be added, grouped, and the add form as sent with its problems
 * (message keys).
 */
public record MenuView(AdminPage page, boolean arranged, List<Row> rows, List<Group> groups, String item, String url,
        String label, Problems problems) {

    /** One item: its name on the site, where it leads, its kind's message key; first and last can't move further. */
    public record Row(long id, String name, String url, String kindKey, boolean first, boolean last) {

        /** The row's element id, for a stored item only (the default menu's items have none). */
        public String anchor() {
            return id > 0 ? "menu-item-" + id : null;
        }
    }

    /** Things of one kind that can be added ({@code labelKey}: the group's name), each a value of the form's item field. */
    public record Group(String labelKey, List<PostFormView.Choice> choices) {
    }
}
