package org.tidings.curation;

import org.jsoup.nodes.Element;

/** Tells tables of data (kept whole) from tables used for page layout. */
final class ReadabilityTables {
    private ReadabilityTables() {
    }

    static boolean isData(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty()) {
            return true;
        }
        Element caption = table.selectFirst("caption");
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        if (!ReadabilityNodes.descendants(table, "col", "colgroup", "tfoot", "thead", "th").isEmpty()) {
            return true;
        }
        if (!ReadabilityNodes.descendants(table, "table").isEmpty()) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element row : table.getElementsByTag("tr")) {
            rows += Math.max(1, number(row.attr("rowspan")));
            int inRow = 0;
            for (Element cell : row.getElementsByTag("td")) {
                inRow += Math.max(1, number(cell.attr("colspan")));
            }
            columns = Math.max(columns, inRow);
        }
        if (columns == 1 || rows == 1) {
            return false;
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private static int number(String attribute) {
        try {
            return Integer.parseInt(attribute.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
