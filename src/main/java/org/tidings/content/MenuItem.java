package org.tidings.content;

/**
 * One item of the site menu as stored: {@code targetId} for a category, outlet or page,
 * {@code url} for a custom link (else null); a blank {@code label} shows the target's own name.
 */
public record MenuItem(long id, int position, MenuKind kind, Long targetId, String url, String label) {

    /** An item of the default menu, which is not stored. */
    public static MenuItem unstored(MenuKind kind, Long targetId) {
        return new MenuItem(0, 0, kind, targetId, null, "");
    }
}
