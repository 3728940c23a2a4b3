package org.tidings.admin;

import java.util.List;

/** The list of simple pages in menu order, each with its status and addresses. */
public record PagesView(AdminPage page, List<Row> rows) {

    /** One page; {@code label} is indented by its depth under its parents. */
    public record Row(long id, String label, String status, int menuOrder, boolean inMenu, String publicUrl) {
    }
}
