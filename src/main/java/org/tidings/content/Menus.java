package org.tidings.content;

import java.util.ArrayList;
import java.util.List;
import org.tidings.store.MenuStore;
import org.tidings.store.Stores;

/**
 * Arranging the site menu, each change one write on the change log (as a settings change, which
 * every node follows to redraw its menu). Until an editor changes it, the menu is the default one:
 * the first change starts from it. Refusals carry message keys ({@code admin.menu.problem.*}).
 */
public final class Menus {
    /** The menu_items columns' widths. */
    private static final int MAX_URL = 1000;
    private static final int MAX_LABEL = 200;
    private final ContentService content;

    Menus(ContentService content) {
        this.content = content;
    }

    /** The menu as readers see it: the arranged items, or the default menu when none were arranged. */
    public static List<MenuItem> current(Stores stores) {
        List<MenuItem> stored = stores.menu().all();
        return stored.isEmpty() ? defaults(stores) : stored;
    }

    /** Whether an editor arranged the menu (else it is the default one). */
    public boolean arranged() {
        return !store().all().isEmpty();
    }

    /** Published menu pages in their order, then the index pages a reader finds everything else from. */
    public static List<MenuItem> defaults(Stores stores) {
        List<MenuItem> items = new ArrayList<>();
        stores.pages().menu().forEach(page -> items.add(MenuItem.unstored(MenuKind.PAGE, page.id())));
        for (MenuKind index : List.of(MenuKind.CATEGORIES, MenuKind.OUTLETS, MenuKind.ARCHIVES)) {
            items.add(MenuItem.unstored(index, null));
        }
        return items;
    }

    /** Adds an item at the end; refused (nothing changes) for a missing target or a bad link. */
    public Problems add(MenuKind kind, Long targetId, String url, String label) {
        String cleanLabel = label == null ? "" : label.strip();
        String cleanUrl = kind == MenuKind.LINK && url != null ? url.strip() : null;
        Problems problems = problems(kind, targetId, cleanUrl, cleanLabel);
        if (problems.isEmpty()) {
            content.database().write(changes -> {
                keepDefaults();
                store().append(kind, kind.hasTarget() ? targetId : null, cleanUrl, cleanLabel);
                changes.touched(ChangeKind.SETTINGS);
            });
        }
        return problems;
    }

    /** Stores the default menu as the arranged one, so that an editor can move or remove its items. */
    public void arrange() {
        content.database().write(changes -> {
            keepDefaults();
            changes.touched(ChangeKind.SETTINGS);
        });
    }

    public void remove(long id) {
        content.database().write(changes -> {
            store().remove(id);
            changes.touched(ChangeKind.SETTINGS);
        });
    }

    /** Moves an item one place up ({@code step} -1) or down (+1); at either end nothing moves. */
    public void move(long id, int step) {
        content.database().write(changes -> {
            List<MenuItem> items = new ArrayList<>(store().all());
            int at = indexOf(items, id);
            int to = at + Integer.signum(step);
            if (at < 0 || to < 0 || to >= items.size()) {
                return;
            }
            items.add(to, items.remove(at));
            for (int i = 0; i < items.size(); i++) {
                store().setPosition(items.get(i).id(), i + 1);
            }
            changes.touched(ChangeKind.SETTINGS);
        });
    }

    private void keepDefaults() {
        if (store().all().isEmpty()) {
            defaults(content.stores()).forEach(item -> store().append(item.kind(), item.targetId(), null, ""));
        }
    }

    private Problems problems(MenuKind kind, Long targetId, String url, String label) {
        Problems problems = Problems.NONE;
        if (kind.hasTarget() && (targetId == null || !targetExists(kind, targetId))) {
            problems = problems.and("target", "admin.menu.problem.target");
        }
        if (kind == MenuKind.LINK && (url == null || !isLinkAddress(url))) {
            problems = problems.and("url", "admin.menu.problem.url");
        }
        if (kind == MenuKind.LINK && label.isEmpty()) {
            problems = problems.and("label", "admin.menu.problem.label");
        }
        if (label.length() > MAX_LABEL) {
            problems = problems.and("label", "admin.menu.problem.long-label");
        }
        return problems;
    }

    /** A path of this site ({@code /about/}) or a web address ({@code https://...}); never {@code javascript:}. */
    private static boolean isLinkAddress(String url) {
        boolean sitePath = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
        boolean web = url.matches("(?i)https?://[^\\s/?#]+[^\\s]*");
        return (sitePath || web) && url.length() <= MAX_URL && url.chars().noneMatch(Character::isWhitespace);
    }

    private boolean targetExists(MenuKind kind, long id) {
        return switch (kind) {
            case CATEGORY -> content.stores().terms().byId(Taxonomy.CATEGORY, id).isPresent();
            case SOURCE -> content.stores().terms().byId(Taxonomy.SOURCE, id).isPresent();
            case PAGE -> content.stores().pages().byId(id).isPresent();
            default -> false;
        };
    }

    private static int indexOf(List<MenuItem> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private MenuStore store() {
        return content.stores().menu();
    }
}
